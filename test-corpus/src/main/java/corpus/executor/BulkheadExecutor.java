package corpus.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Positive: resize() replaces the pool without shutting the old one down; close() only reaches the newest pool. */
public class BulkheadExecutor implements AutoCloseable {

    private ExecutorService pool;

    public BulkheadExecutor(int permits) {
        pool = Executors.newFixedThreadPool(permits);
    }

    public Future<?> submit(Runnable call) {
        return pool.submit(call);
    }

    public void resize(int permits) {
        pool = Executors.newFixedThreadPool(permits); // expect: LEAK_EXECUTOR_OVERWRITTEN
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
