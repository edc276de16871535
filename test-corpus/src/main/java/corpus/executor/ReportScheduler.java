package corpus.executor;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Negative: the scheduler reaches its field through a local variable and is shut down in close(). */
public class ReportScheduler implements AutoCloseable {

    private final ScheduledExecutorService timer;

    public ReportScheduler() {
        ScheduledExecutorService created = Executors.newSingleThreadScheduledExecutor();
        created.scheduleAtFixedRate(this::publish, 1, 1, TimeUnit.HOURS);
        this.timer = created;
    }

    private void publish() {
        System.out.println("publishing hourly report");
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
