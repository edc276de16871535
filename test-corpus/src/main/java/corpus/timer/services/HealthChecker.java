package corpus.timer.services;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Positive: the future is kept in a local that is never cancelled and never leaves start(). */
public class HealthChecker {

    private final ScheduledExecutorService scheduler;

    public HealthChecker(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    public void start(String endpoint) {
        ScheduledFuture<?> probe = scheduler.scheduleAtFixedRate(() -> check(endpoint), 0, 30, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
        System.out.println("probing " + endpoint + ", first run done: " + probe.isDone());
    }

    private void check(String endpoint) {
        System.out.println("GET " + endpoint);
    }

    public void shutdown() {
        System.out.println("health checker stopped");
    }
}
