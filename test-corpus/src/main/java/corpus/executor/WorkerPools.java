package corpus.executor;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Negative: factory methods return the new pools, so their callers own them. */
public final class WorkerPools {

    private WorkerPools() {
    }

    public static ExecutorService newIngestPool(int threads) {
        ThreadFactory named = Thread.ofPlatform().name("ingest-", 0).factory();
        return Executors.newFixedThreadPool(threads, named);
    }

    public static ThreadPoolExecutor newPrestartedPool(int threads, int queueCapacity) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queueCapacity));
        pool.prestartAllCoreThreads();
        return pool;
    }
}
