package corpus.timer;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Negative: the reset task's future is kept in a field and cancelled in close(). */
public class QuotaWindowResetter implements AutoCloseable {

    private final AtomicInteger used = new AtomicInteger();
    private final ScheduledFuture<?> reset;

    public QuotaWindowResetter(ScheduledExecutorService scheduler) {
        reset = scheduler.scheduleAtFixedRate(() -> used.set(0), 1, 1, TimeUnit.MINUTES);
    }

    public boolean tryAcquire(int limit) {
        return used.incrementAndGet() <= limit;
    }

    @Override
    public void close() {
        reset.cancel(false);
    }
}
