package corpus.timer.services;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Negative: the class owns its scheduler and shuts it down in close(), which ends the periodic task too. */
public class SelfScheduledJanitor implements AutoCloseable {

    private final ScheduledExecutorService janitor = Executors.newSingleThreadScheduledExecutor();

    public void start() {
        janitor.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.MINUTES);
    }

    private void sweep() {
        System.out.println("sweeping temp files");
    }

    @Override
    public void close() {
        janitor.shutdownNow();
    }
}
