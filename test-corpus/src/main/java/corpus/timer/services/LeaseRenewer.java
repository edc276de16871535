package corpus.timer.services;

import java.util.Timer;
import java.util.TimerTask;

/** Negative (field): the renewal timer is cancelled in close(). */
public class LeaseRenewer implements AutoCloseable {

    private final Timer renewals = new Timer("lease-renewal", true);

    public void start(String leaseId) {
        renewals.scheduleAtFixedRate(new TimerTask() {
            @Override
            public void run() {
                System.out.println("renew " + leaseId);
            }
        }, 0, 10_000);
    }

    @Override
    public void close() {
        renewals.cancel();
    }
}
