package corpus.timer;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Positive: an AutoCloseable lease whose renewal task on an injected ScheduledThreadPoolExecutor is never cancelled. */
public class LeaseRenewer implements AutoCloseable {

    private final ScheduledThreadPoolExecutor renewals;
    private final String leaseId;

    public LeaseRenewer(ScheduledThreadPoolExecutor renewals, String leaseId) {
        this.renewals = renewals;
        this.leaseId = leaseId;
    }

    public void acquire() {
        renewals.scheduleWithFixedDelay(this::renew, 5, 5, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
    }

    @Override
    public void close() {
        System.out.println("releasing lease " + leaseId);
    }

    private void renew() {
        System.out.println("renewing lease " + leaseId);
    }
}
