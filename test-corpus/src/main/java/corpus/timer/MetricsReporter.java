package corpus.timer;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Positive: the report task on an injected scheduler is dropped, so it keeps running after close(). */
public class MetricsReporter {

    private final ScheduledExecutorService scheduler;

    public MetricsReporter(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    public void start() {
        scheduler.scheduleAtFixedRate(this::report, 1, 1, TimeUnit.MINUTES); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
    }

    public void close() {
        System.out.println("final metrics flush");
    }

    private void report() {
        System.out.println("requests=42 errors=0");
    }
}
