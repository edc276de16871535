package corpus.timer.services;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Negative: the flush task's future is kept and cancelled in stop(), with a null check. */
public class AuditFlusher {

    private final ScheduledExecutorService scheduler;
    private ScheduledFuture<?> flushing;

    public AuditFlusher(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    public void start() {
        flushing = scheduler.scheduleWithFixedDelay(this::flush, 5, 5, TimeUnit.SECONDS);
    }

    private void flush() {
        System.out.println("flushing audit log");
    }

    public void stop() {
        if (flushing != null) {
            flushing.cancel(true);
        }
    }
}
