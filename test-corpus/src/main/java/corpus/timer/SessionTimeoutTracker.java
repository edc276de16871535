package corpus.timer;

import java.util.Timer;
import java.util.TimerTask;

/** Positive: the constructor keeps a non-daemon Timer in a field that nothing ever cancels. */
public class SessionTimeoutTracker {

    private final Timer timeouts;

    public SessionTimeoutTracker() {
        timeouts = new Timer("session-timeouts"); // expect: LEAK_TIMER_NOT_CANCELLED
    }

    public void sessionOpened(String sessionId, long idleMillis) {
        timeouts.schedule(new TimerTask() {
            @Override
            public void run() {
                System.out.println("session " + sessionId + " timed out");
            }
        }, idleMillis);
    }
}
