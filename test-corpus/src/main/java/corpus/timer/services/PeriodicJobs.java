package corpus.timer.services;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Negative: the future is returned, so the caller decides when to cancel the job. */
public class PeriodicJobs implements AutoCloseable {

    private final ScheduledExecutorService scheduler;

    public PeriodicJobs(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    public ScheduledFuture<?> every(long seconds, Runnable job) {
        return scheduler.scheduleAtFixedRate(job, seconds, seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        System.out.println("jobs closed");
    }
}
