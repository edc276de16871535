package corpus.timer.services;

import java.util.Timer;
import java.util.TimerTask;

/** Positive: a named daemon Timer is created for every session and never cancelled. */
public class SessionTimeoutWatcher {

    public void watch(String sessionId, long timeoutMillis) {
        Timer watchdog = new Timer("session-" + sessionId, true); // expect: LEAK_TIMER_NOT_CANCELLED
        watchdog.schedule(new ExpireSession(sessionId), timeoutMillis);
    }

    private static final class ExpireSession extends TimerTask {
        private final String sessionId;

        ExpireSession(String sessionId) {
            this.sessionId = sessionId;
        }

        @Override
        public void run() {
            System.out.println("expired " + sessionId);
        }
    }
}
