package corpus.timer;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Negative: the flush task is dropped, but this class has no lifecycle end (no close/stop/shutdown/dispose/destroy,
 * no @PreDestroy, not AutoCloseable): it lives as long as the application, and so may its task.
 */
public class AuditLogFlusher {

    private final ScheduledExecutorService scheduler;

    public AuditLogFlusher(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    public void start() {
        scheduler.scheduleWithFixedDelay(this::flush, 5, 5, TimeUnit.SECONDS);
    }

    private void flush() {
        System.out.println("flushing audit log");
    }
}
