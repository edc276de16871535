package corpus.timer;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Negative: the progress task lives only while the import runs: its future is cancelled in a finally block. */
public class ImportProgressPrinter implements AutoCloseable {

    private final ScheduledExecutorService scheduler;
    private final AtomicLong imported = new AtomicLong();

    public ImportProgressPrinter(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    public void runImport(Iterable<String> records) {
        ScheduledFuture<?> progress = scheduler.scheduleAtFixedRate(this::printProgress, 1, 1, TimeUnit.SECONDS);
        try {
            for (String record : records) {
                System.out.println("importing " + record);
                imported.incrementAndGet();
            }
        } finally {
            progress.cancel(false);
        }
    }

    @Override
    public void close() {
        System.out.println(imported.get() + " records imported");
    }

    private void printProgress() {
        System.out.println(imported.get() + " records so far");
    }
}
