package corpus.timer.services;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Positive: polling on the injected scheduler is never cancelled, so it outlives close(). */
public class QuoteStream implements AutoCloseable {

    private final ScheduledExecutorService scheduler;
    private volatile boolean open = true;

    public QuoteStream(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    public void start() {
        scheduler.scheduleAtFixedRate(this::poll, 0, 1, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
    }

    private void poll() {
        if (open) {
            System.out.println("polling quotes");
        }
    }

    @Override
    public void close() {
        open = false;
    }
}
