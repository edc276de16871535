package corpus.executor;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Positive: the executor created in the constructor is kept in a field that nothing ever shuts down. */
public class SessionReaper {

    private static final Duration IDLE_LIMIT = Duration.ofMinutes(30);

    private final ScheduledExecutorService reaper;
    private final Map<String, Instant> lastSeen = new ConcurrentHashMap<>();

    public SessionReaper() {
        this.reaper = Executors.newSingleThreadScheduledExecutor(); // expect: LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN
    }

    public void touch(String sessionId) {
        lastSeen.put(sessionId, Instant.now());
        reaper.schedule(() -> expireIfIdle(sessionId), IDLE_LIMIT.toMinutes(), TimeUnit.MINUTES);
    }

    private void expireIfIdle(String sessionId) {
        Instant seen = lastSeen.get(sessionId);
        if (seen != null && seen.plus(IDLE_LIMIT).isBefore(Instant.now())) {
            lastSeen.remove(sessionId);
        }
    }
}
