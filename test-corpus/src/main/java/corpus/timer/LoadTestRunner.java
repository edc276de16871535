package corpus.timer;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Negative: the reporting task runs on a scheduler created for this run and shut down in finally. */
public class LoadTestRunner implements AutoCloseable {

    private final AtomicLong sent = new AtomicLong();

    public void run(int requests) {
        ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor();
        try {
            reporter.scheduleAtFixedRate(() -> System.out.println(sent.get() + " sent"), 1, 1, TimeUnit.SECONDS);
            for (int i = 0; i < requests; i++) {
                sent.incrementAndGet();
            }
        } finally {
            reporter.shutdownNow();
        }
    }

    @Override
    public void close() {
        System.out.println("load test finished after " + sent.get() + " requests");
    }
}
