package corpus.timer.services;

import java.util.Timer;
import java.util.TimerTask;

/** Negative: the TimerTask captures its timer and cancels it after firing once. */
public class OneShotAlarm {

    public void ringAfter(long delayMillis, Runnable bell) {
        Timer timer = new Timer("alarm", true);
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                bell.run();
                timer.cancel();
            }
        }, delayMillis);
    }
}
