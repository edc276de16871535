package corpus.executor;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Negative: a shutdown-hook lambda shuts the executor field down when the JVM exits. */
public class TelemetryAgent {

    private final ScheduledExecutorService uploader = Executors.newSingleThreadScheduledExecutor();

    public TelemetryAgent() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> uploader.shutdown()));
    }

    public void start() {
        uploader.scheduleAtFixedRate(this::upload, 1, 1, TimeUnit.MINUTES);
    }

    private void upload() {
        System.out.println("uploading telemetry");
    }
}
