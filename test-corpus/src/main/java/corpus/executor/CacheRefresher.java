package corpus.executor;

import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Negative: the scheduler created in the constructor is shut down in stop(). */
public class CacheRefresher {

    private final ScheduledExecutorService refresher;
    private volatile Map<String, String> snapshot = Map.of();

    public CacheRefresher(Supplier<Map<String, String>> source) {
        refresher = Executors.newSingleThreadScheduledExecutor();
        refresher.scheduleWithFixedDelay(() -> snapshot = Map.copyOf(source.get()), 0, 5, TimeUnit.MINUTES);
    }

    public String lookup(String key) {
        return snapshot.get(key);
    }

    public void stop() {
        refresher.shutdownNow();
    }
}
