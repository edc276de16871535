package corpus.timer.services;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Negative: the class has no lifecycle end, so a task that runs as long as the application is intended. */
public class BackgroundSync {

    private final ScheduledExecutorService scheduler;

    public BackgroundSync(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    public void begin() {
        scheduler.scheduleAtFixedRate(() -> System.out.println("sync"), 0, 1, TimeUnit.MINUTES);
    }
}
