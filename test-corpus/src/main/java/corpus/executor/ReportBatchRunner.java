package corpus.executor;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Negative: shutdown() in a finally block that covers every use of the pool releases it on every path. */
public class ReportBatchRunner {

    public List<Future<String>> runAll(List<Callable<String>> reports) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            return pool.invokeAll(reports);
        } finally {
            pool.shutdown();
        }
    }
}
