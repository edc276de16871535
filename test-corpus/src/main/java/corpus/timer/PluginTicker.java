package corpus.timer;

import java.util.concurrent.TimeUnit;

/** Positive: the tick runs on the scheduler returned by the host, which the plugin does not own, and survives dispose(). */
public class PluginTicker {

    private final PluginHost host;

    public PluginTicker(PluginHost host) {
        this.host = host;
    }

    public void activate() {
        host.scheduler().scheduleAtFixedRate(this::tick, 0, 1, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
    }

    public void dispose() {
        System.out.println("plugin disposed");
    }

    private void tick() {
        System.out.println("plugin tick");
    }
}
