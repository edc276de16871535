package corpus.timer;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Positive for the executor family only: the class creates its scheduler, so the dropped periodic task is not a
 * periodic-task finding; the leak is the scheduler field that close() forgets to shut down.
 */
public class ThroughputSampler implements AutoCloseable {

    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(); // expect: LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN
    private final AtomicLong requests = new AtomicLong();

    public void start() {
        sampler.scheduleAtFixedRate(this::sample, 1, 1, TimeUnit.SECONDS);
    }

    public void recordRequest() {
        requests.incrementAndGet();
    }

    @Override
    public void close() {
        System.out.println("last sample: " + requests.get() + " requests");
    }

    private void sample() {
        System.out.println(requests.getAndSet(0) + " requests/s");
    }
}
