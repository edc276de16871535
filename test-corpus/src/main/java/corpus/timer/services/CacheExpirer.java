package corpus.timer.services;

import java.time.Instant;
import java.util.Map;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.ConcurrentHashMap;

/** Positive: the sweep Timer of every cache instance is never cancelled; discarded caches keep their threads. */
public class CacheExpirer {

    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final Timer sweeper = new Timer("cache-expiry", true); // expect: LEAK_TIMER_NOT_CANCELLED

    public CacheExpirer(long sweepMillis) {
        sweeper.schedule(new Sweep(), sweepMillis, sweepMillis);
    }

    public void put(String key, Instant expiresAt) {
        expiries.put(key, expiresAt);
    }

    /** Drops the entries whose time is up. */
    private final class Sweep extends TimerTask {

        @Override
        public void run() {
            Instant now = Instant.now();
            expiries.values().removeIf(expiresAt -> expiresAt.isBefore(now));
        }
    }
}
