package corpus.timer.services;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Positive: stop() cannot end the reporting task because its future was dropped. */
public class MetricsReporter {

    private final ScheduledExecutorService executor;
    private volatile boolean running;

    public MetricsReporter(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    public void start() {
        running = true;
        executor.scheduleWithFixedDelay(() -> System.out.println("report"), 10, 10, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
    }

    public void stop() {
        running = false;
    }

    public boolean isRunning() {
        return running;
    }
}
