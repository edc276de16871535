package corpus.timer;

import java.util.concurrent.ScheduledExecutorService;

/** Negative: what a plugin sees of the application that hosts it, including the host's scheduler. */
public interface PluginHost {

    ScheduledExecutorService scheduler();
}
