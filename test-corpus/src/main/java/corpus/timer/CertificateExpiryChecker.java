package corpus.timer;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Positive: the scheduler is injected by the container (never assigned here); stop() leaves the check running. */
public class CertificateExpiryChecker {

    @Inject
    ScheduledExecutorService scheduler;

    private volatile boolean warningsEnabled = true;

    public void start() {
        scheduler.scheduleWithFixedDelay(this::checkCertificates, 0, 6, TimeUnit.HOURS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
    }

    public void stop() {
        warningsEnabled = false;
    }

    private void checkCertificates() {
        if (warningsEnabled) {
            System.out.println("checking certificate expiry dates");
        }
    }
}
