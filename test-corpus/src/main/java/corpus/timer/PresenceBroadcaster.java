package corpus.timer;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Positive: the broadcast future is kept in a field, but shutdown() forgets to cancel it. */
public class PresenceBroadcaster {

    private final ScheduledExecutorService scheduler;
    private final String userId;
    private ScheduledFuture<?> broadcast;

    public PresenceBroadcaster(ScheduledExecutorService scheduler, String userId) {
        this.scheduler = scheduler;
        this.userId = userId;
    }

    public void goOnline() {
        broadcast = scheduler.scheduleAtFixedRate(this::announce, 0, 30, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
    }

    public boolean isBroadcasting() {
        return broadcast != null && !broadcast.isDone();
    }

    public void shutdown() {
        System.out.println(userId + " goes offline");
    }

    private void announce() {
        System.out.println(userId + " is online");
    }
}
