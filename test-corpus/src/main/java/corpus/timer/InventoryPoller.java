package corpus.timer;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Negative: the class owns its scheduler and shuts it down in close(), which ends the periodic poll with it. */
public class InventoryPoller implements AutoCloseable {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    public void start() {
        scheduler.scheduleAtFixedRate(this::poll, 0, 1, TimeUnit.MINUTES);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    private void poll() {
        System.out.println("polling warehouse stock");
    }
}
