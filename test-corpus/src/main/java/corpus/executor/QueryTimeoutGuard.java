package corpus.executor;

import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Positive: a watchdog scheduler created per query to enforce a timeout is never shut down. */
public class QueryTimeoutGuard {

    public <T> T callWithTimeout(Callable<T> query, long timeoutMillis) throws Exception {
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
        Thread caller = Thread.currentThread();
        watchdog.schedule(caller::interrupt, timeoutMillis, TimeUnit.MILLISECONDS);
        return query.call();
    }
}
