package corpus.timer.services;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** Negative (helper): the application-wide scheduler, shut down by a shutdown hook. */
public final class Schedulers {

    public static final ScheduledExecutorService SHARED = Executors.newScheduledThreadPool(2);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(SHARED::shutdown));
    }

    private Schedulers() {
    }
}
