package corpus.timer;

import java.util.Timer;

/** Negative: the shared plugin Timer escapes through a getter; whoever takes it may cancel it. */
public class PluginTimerHost {

    private final Timer pluginTimer = new Timer("plugins", true);

    public Timer pluginTimer() {
        return pluginTimer;
    }
}
