package corpus.timer;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Negative: the polling future is returned, so the caller, who asked for the polling, cancels it. */
public class ReportStatusPoller implements AutoCloseable {

    private final ScheduledExecutorService scheduler;

    public ReportStatusPoller(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    public ScheduledFuture<?> pollEvery(String reportId, long seconds) {
        return scheduler.scheduleWithFixedDelay(() -> poll(reportId), seconds, seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        System.out.println("report status poller closed");
    }

    private void poll(String reportId) {
        System.out.println("status of report " + reportId);
    }
}
