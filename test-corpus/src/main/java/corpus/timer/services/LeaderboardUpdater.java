package corpus.timer.services;

import java.util.concurrent.TimeUnit;

/** Positive: a periodic task on another class's shared scheduler keeps running after close(). */
public class LeaderboardUpdater implements AutoCloseable {

    public void start() {
        Schedulers.SHARED.scheduleWithFixedDelay(this::recompute, 0, 1, TimeUnit.MINUTES); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
    }

    private void recompute() {
        System.out.println("recomputing leaderboard");
    }

    @Override
    public void close() {
        System.out.println("leaderboard closed");
    }
}
