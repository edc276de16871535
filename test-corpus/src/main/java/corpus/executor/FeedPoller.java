package corpus.executor;

import java.net.URI;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Positive: reconfigure() swaps in a new scheduler and abandons the old one, which keeps polling forever. */
public class FeedPoller implements AutoCloseable {

    private final URI feed;
    private ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    public FeedPoller(URI feed) {
        this.feed = feed;
    }

    public void start(long periodSeconds) {
        scheduler.scheduleAtFixedRate(this::poll, 0, periodSeconds, TimeUnit.SECONDS);
    }

    public void reconfigure(long periodSeconds) {
        scheduler = Executors.newSingleThreadScheduledExecutor(); // expect: LEAK_EXECUTOR_OVERWRITTEN
        start(periodSeconds);
    }

    private void poll() {
        System.out.println("polling " + feed);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
