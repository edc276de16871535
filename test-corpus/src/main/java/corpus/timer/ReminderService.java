package corpus.timer;

import java.util.Timer;
import java.util.TimerTask;

/** Positive: every reminder gets its own non-daemon Timer that is never cancelled, so its thread outlives the reminder. */
public class ReminderService {

    public void remindLater(String userId, String text, long delayMillis) {
        Timer timer = new Timer(); // expect: LEAK_TIMER_NOT_CANCELLED
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                send(userId, text);
            }
        }, delayMillis);
    }

    private void send(String userId, String text) {
        System.out.println("reminder for " + userId + ": " + text);
    }
}
