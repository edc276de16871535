package corpus.executor;

import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Negative: the probe pool is shut down right after it is created, with no call in between that could throw. */
public class PoolSettingsValidator {

    /** Pool sizes read from configuration. */
    public record PoolSettings(int corePoolSize, int maximumPoolSize, long keepAliveSeconds) {
    }

    /** Lets ThreadPoolExecutor reject bad settings (IllegalArgumentException) before the real pool is built. */
    public void validate(PoolSettings settings) {
        ThreadPoolExecutor probe = new ThreadPoolExecutor(settings.corePoolSize(), settings.maximumPoolSize(), settings.keepAliveSeconds(), TimeUnit.SECONDS, new SynchronousQueue<>());
        probe.shutdownNow();
    }
}
