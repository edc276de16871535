package corpus.timer;

import java.util.Timer;
import java.util.TimerTask;

/** Negative: the started Timer is returned; cancelling it is the caller's job. */
public class PollingTimers {

    public Timer startPolling(String name, Runnable poll, long periodMillis) {
        Timer timer = new Timer(name, true);
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                poll.run();
            }
        }, 0, periodMillis);
        return timer;
    }
}
