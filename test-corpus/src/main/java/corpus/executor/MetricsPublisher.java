package corpus.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Positive: the executor field is never shut down, and resetConnection() also drops the old one for a new one. */
public class MetricsPublisher {

    private ExecutorService publisher;

    public MetricsPublisher() {
        publisher = Executors.newSingleThreadExecutor(); // expect: LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN
    }

    public void publish(String metricLine) {
        publisher.execute(() -> send(metricLine));
    }

    public void resetConnection() {
        publisher = Executors.newSingleThreadExecutor(); // expect: LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN, LEAK_EXECUTOR_OVERWRITTEN
    }

    private void send(String metricLine) {
        System.out.println(metricLine);
    }
}
