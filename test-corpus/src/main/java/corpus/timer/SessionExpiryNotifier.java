package corpus.timer;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Negative: a one-shot schedule(..) runs once and ends by itself; only periodic tasks are judged. */
public class SessionExpiryNotifier implements AutoCloseable {

    private final ScheduledExecutorService scheduler;

    public SessionExpiryNotifier(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    public void sessionStarted(String sessionId, Duration ttl) {
        scheduler.schedule(() -> expire(sessionId), ttl.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        System.out.println("session expiry notifier closed");
    }

    private void expire(String sessionId) {
        System.out.println("session " + sessionId + " expired");
    }
}
