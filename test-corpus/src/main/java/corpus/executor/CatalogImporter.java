package corpus.executor;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Positive: the pool is shut down only when the import is interrupted; every normal run leaks it. */
public class CatalogImporter {

    public int importProducts(List<Callable<Integer>> batches) throws ExecutionException {
        ExecutorService importers = Executors.newFixedThreadPool(4); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
        int imported = 0;
        try {
            for (Future<Integer> batch : importers.invokeAll(batches)) {
                imported += batch.get();
            }
        } catch (InterruptedException e) {
            importers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        return imported;
    }
}
