package io.github.leakhound.examples.orderservice.sessions;

import java.time.Duration;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Expires customer sessions after a period of inactivity. */
public final class SessionExpiry {

    private final ScheduledExecutorService scheduler;

    public SessionExpiry(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * Expires the session after {@code idle}.
     * Leak: every login starts a new Timer thread that is never cancelled — daemon or not, one thread per
     * session piles up until the JVM runs out of them. The method below schedules on the shared scheduler.
     */
    public void expireLater(String sessionId, Duration idle) {
        Timer timer = new Timer("expire-" + sessionId, true);
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                System.out.println("session expired: " + sessionId);
            }
        }, idle.toMillis());
    }

    /** Expires the session after {@code idle} on the shared scheduler: a one-shot task, no thread of its own. */
    public ScheduledFuture<?> expireOnSharedScheduler(String sessionId, Duration idle) {
        return scheduler.schedule(
                () -> System.out.println("session expired: " + sessionId), idle.toMillis(), TimeUnit.MILLISECONDS);
    }
}
