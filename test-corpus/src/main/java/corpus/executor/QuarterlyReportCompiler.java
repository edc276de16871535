package corpus.executor;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Negative: the pool is handed to a helper method that takes over shutting it down. */
public class QuarterlyReportCompiler {

    public void compile(List<Runnable> chapters) throws InterruptedException {
        ExecutorService typesetters = Executors.newFixedThreadPool(4);
        runToCompletion(typesetters, chapters);
    }

    private static void runToCompletion(ExecutorService pool, List<Runnable> tasks) throws InterruptedException {
        try {
            for (Runnable task : tasks) {
                pool.execute(task);
            }
        } finally {
            pool.shutdown();
        }
        pool.awaitTermination(1, TimeUnit.HOURS);
    }
}
