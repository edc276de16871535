package corpus.timer.services;

import java.util.Timer;
import java.util.TimerTask;

/** Negative: the timer is handed to its owner's constructor, which cancels it in close(). */
public class WarmupCoordinator {

    public DelayedJobHandle scheduleWarmup(Runnable warmup, long delayMillis) {
        Timer timer = new Timer("warmup", true);
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                warmup.run();
            }
        }, delayMillis);
        return new DelayedJobHandle(timer);
    }
}
