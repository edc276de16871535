package corpus.executor;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Negative: the new scheduler is handed to JobRegistry.register(), which keeps it and shuts it down in close(). */
public class NightlyJobs {

    private final JobRegistry registry;

    public NightlyJobs(JobRegistry registry) {
        this.registry = registry;
    }

    public void scheduleCleanup() {
        ScheduledExecutorService cleanup = Executors.newSingleThreadScheduledExecutor();
        registry.register(cleanup);
        cleanup.schedule(this::purgeTempFiles, 1, TimeUnit.HOURS);
    }

    private void purgeTempFiles() {
        System.out.println("purging temporary files");
    }
}
