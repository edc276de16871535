package corpus.timer.services;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Positive: the scheduler comes in as a method parameter; the presence ping survives stop(). */
public class PresenceTracker {

    private volatile boolean online;

    public void goOnline(ScheduledExecutorService scheduler, String user) {
        online = true;
        scheduler.scheduleAtFixedRate(() -> System.out.println(user + " online: " + online), 0, 15, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
    }

    public void stop() {
        online = false;
    }
}
