package corpus.timer;

import java.util.Timer;
import java.util.TimerTask;

/** Negative: the TimerTask captures its own Timer and cancels it when the countdown reaches zero. */
public class CountdownAnnouncer {

    public void announce(String event, int seconds) {
        Timer ticker = new Timer("countdown", true);
        ticker.schedule(new TimerTask() {
            private int remaining = seconds;

            @Override
            public void run() {
                System.out.println(event + " starts in " + remaining + " s");
                remaining--;
                if (remaining == 0) {
                    ticker.cancel();
                }
            }
        }, 0, 1_000);
    }
}
