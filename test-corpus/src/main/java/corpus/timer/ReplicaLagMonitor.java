package corpus.timer;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Positive: the probe's future is kept in a local only to log its delay; nothing cancels it, not even destroy(). */
public class ReplicaLagMonitor {

    private final ScheduledExecutorService scheduler;

    public ReplicaLagMonitor(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    public void watch(String replica) {
        ScheduledFuture<?> probe = scheduler.scheduleWithFixedDelay(() -> measureLag(replica), 0, 10, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
        System.out.println("lag probe for " + replica + " first runs in " + probe.getDelay(TimeUnit.SECONDS) + " s");
    }

    public void destroy() {
        System.out.println("replica lag monitor destroyed");
    }

    private void measureLag(String replica) {
        System.out.println("measuring lag of " + replica);
    }
}
