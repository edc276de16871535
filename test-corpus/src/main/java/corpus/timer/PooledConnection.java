package corpus.timer;

import java.io.Closeable;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Positive: a Closeable connection (its subclasses implement close()) pings on the pool's shared scheduler and
 * drops the task's future, so the pings go on after the connection is closed.
 */
public abstract class PooledConnection implements Closeable {

    private final ScheduledExecutorService poolScheduler;

    protected PooledConnection(ScheduledExecutorService poolScheduler) {
        this.poolScheduler = poolScheduler;
    }

    public void startKeepAlive(long intervalSeconds) {
        poolScheduler.scheduleWithFixedDelay(this::ping, intervalSeconds, intervalSeconds, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
    }

    protected abstract void ping();
}
