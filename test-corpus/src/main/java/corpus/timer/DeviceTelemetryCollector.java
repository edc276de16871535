package corpus.timer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Negative: every device's polling future goes into a list that close() cancels (the local escapes into it). */
public class DeviceTelemetryCollector implements AutoCloseable {

    private final ScheduledExecutorService scheduler;
    private final List<ScheduledFuture<?>> pollers = new ArrayList<>();

    public DeviceTelemetryCollector(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    public void addDevice(String deviceId) {
        ScheduledFuture<?> poller = scheduler.scheduleAtFixedRate(() -> poll(deviceId), 0, 15, TimeUnit.SECONDS);
        pollers.add(poller);
    }

    @Override
    public void close() {
        pollers.forEach(poller -> poller.cancel(false));
        pollers.clear();
    }

    private void poll(String deviceId) {
        System.out.println("reading telemetry of " + deviceId);
    }
}
