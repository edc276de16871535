package corpus.timer;

import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Positive for the executor family only: the scheduler comes from an owner factory, so this class owns it and the
 * periodic-task rule stays silent; the scheduler, used without a variable, is never shut down.
 */
public class NightlyDigestScheduler {

    public void start() {
        Executors.newSingleThreadScheduledExecutor().scheduleAtFixedRate(this::sendDigest, 0, 24, TimeUnit.HOURS); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
    }

    public void stop() {
        System.out.println("nightly digest stopped");
    }

    private void sendDigest() {
        System.out.println("sending nightly digest");
    }
}
