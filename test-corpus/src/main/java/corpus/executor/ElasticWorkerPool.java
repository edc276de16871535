package corpus.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Negative: resize() shuts the old pool down before it assigns the new one. */
public class ElasticWorkerPool implements AutoCloseable {

    private ExecutorService workers;

    public ElasticWorkerPool(int size) {
        workers = Executors.newFixedThreadPool(size);
    }

    public void execute(Runnable job) {
        workers.execute(job);
    }

    public void resize(int size) {
        workers.shutdown();
        workers = Executors.newFixedThreadPool(size);
    }

    @Override
    public void close() {
        workers.shutdown();
    }
}
