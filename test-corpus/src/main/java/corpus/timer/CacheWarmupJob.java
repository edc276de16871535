package corpus.timer;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Positive: the bean has a @PreDestroy method, but the warm-up task on the container's scheduler is never cancelled. */
public class CacheWarmupJob {

    private final ScheduledExecutorService scheduler;

    public CacheWarmupJob(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    public void init() {
        scheduler.scheduleAtFixedRate(this::warmUp, 0, 10, TimeUnit.MINUTES); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
    }

    @PreDestroy
    void beforeUndeploy() {
        System.out.println("cache warm-up bean undeployed");
    }

    private void warmUp() {
        System.out.println("warming product cache");
    }
}
