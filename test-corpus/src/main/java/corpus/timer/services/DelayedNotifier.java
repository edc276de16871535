package corpus.timer.services;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Negative: a one-shot schedule(..) runs once and ends by itself. */
public class DelayedNotifier implements AutoCloseable {

    private final ScheduledExecutorService scheduler;

    public DelayedNotifier(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    public void notifyLater(String message) {
        scheduler.schedule(() -> System.out.println(message), 5, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        System.out.println("notifier closed");
    }
}
