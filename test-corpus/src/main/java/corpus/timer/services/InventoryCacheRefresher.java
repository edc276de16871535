package corpus.timer.services;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Positive: the future is kept in a field but nothing cancels it, not even the @PreDestroy method. */
public class InventoryCacheRefresher {

    private final ScheduledExecutorService scheduler;
    private ScheduledFuture<?> refresh;

    public InventoryCacheRefresher(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    public void start() {
        refresh = scheduler.scheduleAtFixedRate(this::reload, 0, 30, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
    }

    private void reload() {
        System.out.println("reloading inventory");
    }

    @PreDestroy
    public void destroyed() {
        System.out.println("refresher done; refresh still scheduled: " + (refresh != null));
    }
}
