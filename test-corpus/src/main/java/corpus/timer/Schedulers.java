package corpus.timer;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** Negative: the application's shared scheduler, created here and shut down by shutdownAll() at exit. */
public final class Schedulers {

    public static final ScheduledExecutorService SHARED = Executors.newScheduledThreadPool(2);

    private Schedulers() {
    }

    public static void shutdownAll() {
        SHARED.shutdownNow();
    }
}
