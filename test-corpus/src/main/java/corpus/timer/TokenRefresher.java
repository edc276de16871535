package corpus.timer;

import java.util.Timer;
import java.util.TimerTask;

/**
 * Positive: the Timer reaches its field through a local variable (so the local is handed on) and the field is
 * never cancelled; the finding is on the line that stores it in the field.
 */
public class TokenRefresher {

    private Timer refresher;

    public void start(long periodMillis) {
        Timer timer = new Timer("token-refresh", true);
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                System.out.println("refreshing OAuth token");
            }
        }, 0, periodMillis);
        this.refresher = timer; // expect: LEAK_TIMER_NOT_CANCELLED
    }

    public boolean isStarted() {
        return refresher != null;
    }
}
