package io.github.leakhound.detectors.samples;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Thread owners created in method bodies (LEAK_EXECUTOR_NOT_SHUTDOWN, LEAK_THREAD_OWNER_NOT_CLOSED).
 * Each method is one case; a marker ends the line where a finding must be reported.
 */
@SuppressWarnings({"unused", "resource"})
public class LocalExecutors implements AutoCloseable {

    private final List<ExecutorService> registry = new ArrayList<>();
    private final ExecutorService shared = Executors.newCachedThreadPool();
    private ExecutorService kept;
    private static ExecutorService keptStatically;
    private final Runnable task = () -> { };
    private int poolsSeen;

    // ---- reported ----

    void neverShutDown() {
        ExecutorService pool = Executors.newFixedThreadPool(4); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
        pool.submit(task);
    }

    void submitThenShutdown() {
        ExecutorService pool = Executors.newFixedThreadPool(4); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
        pool.submit(task);
        pool.shutdown();
    }

    void awaitTerminationBeforeShutdown() throws InterruptedException {
        ExecutorService pool = Executors.newWorkStealingPool(); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
        pool.awaitTermination(1, TimeUnit.SECONDS);
        pool.shutdown();
    }

    void shutdownOnlyInsideIf(boolean done) {
        ExecutorService pool = Executors.newSingleThreadExecutor(); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
        if (done) {
            pool.shutdown();
        }
    }

    void shutdownOnlyInCatch() {
        ExecutorService pool = Executors.newCachedThreadPool(); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
        try {
            pool.submit(task).get();
        } catch (Exception e) {
            pool.shutdownNow();
        }
    }

    int shutdownAfterEarlyReturn(int work) {
        ExecutorService pool = Executors.newFixedThreadPool(2); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
        if (work == 0) {
            return 0;
        }
        pool.shutdown();
        return work;
    }

    void usedWithoutVariable() {
        Executors.newSingleThreadExecutor().submit(task); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
    }

    void createdInLoop(List<Runnable> batches) {
        for (Runnable batch : batches) {
            ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor(); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
            pool.execute(batch);
        }
    }

    void constructedThreadPoolExecutor() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 2, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>()); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
        pool.execute(task);
    }

    void constructedForkJoinPool() {
        ForkJoinPool pool = new ForkJoinPool(); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
        pool.execute(task);
    }

    void castKeepsTracking() {
        ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(2); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
        pool.setCorePoolSize(3);
    }

    void passedOnlyToBorrowers() {
        ExecutorService pool = Executors.newFixedThreadPool(2); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
        CompletableFuture.runAsync(task, pool);
        System.out.println(pool);
    }

    void createdInLambda() {
        Runnable job = () -> {
            ExecutorService pool = Executors.newFixedThreadPool(2); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
            pool.submit(task);
        };
        job.run();
    }

    void callBeforeTheTryThatShutsDown() {
        ExecutorService pool = Executors.newFixedThreadPool(2); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
        pool.submit(task);
        try {
            pool.submit(task);
        } finally {
            pool.shutdown();
        }
    }

    String httpClientNeverClosed(URI uri) throws Exception {
        HttpClient client = HttpClient.newHttpClient(); // expect: LEAK_THREAD_OWNER_NOT_CLOSED
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    void httpClientFromBuilderNeverClosed() {
        HttpClient client = HttpClient.newBuilder().executor(shared).build(); // expect: LEAK_THREAD_OWNER_NOT_CLOSED
        client.version();
    }

    // ---- silent ----

    void tryWithResources() {
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            pool.submit(task);
        }
    }

    void tryWithResourcesOnVar() {
        try (var pool = Executors.newFixedThreadPool(2)) {
            pool.submit(task);
            pool.submit(task);
        }
    }

    int tryWithResourcesAndCatch() {
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            return pool.submit(() -> 1).get();
        } catch (Exception e) {
            return -1;
        }
    }

    void twoPoolsInOneTryWithResources() {
        try (ExecutorService readers = Executors.newFixedThreadPool(2);
                ExecutorService writers = Executors.newFixedThreadPool(2)) {
            readers.submit(task);
            writers.submit(task);
        }
    }

    void shutdownInFinally() {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            pool.submit(task);
        } finally {
            pool.shutdown();
        }
    }

    void shutdownInFinallyWithNullCheck() {
        ExecutorService pool = null;
        try {
            pool = Executors.newFixedThreadPool(4);
            pool.submit(task);
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
    }

    void shutdownNowAndAwaitInFinally() throws InterruptedException {
        ExecutorService pool = Executors.newCachedThreadPool();
        try {
            pool.submit(task);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.SECONDS);
        }
    }

    void closeInFinally() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            pool.submit(task);
        } finally {
            pool.close();
        }
    }

    void shutdownRightAway() {
        ExecutorService pool = Executors.newFixedThreadPool(1);
        pool.shutdown();
    }

    int implicitExceptionsBeforeShutdownAreIgnored(int[] values, Object name, int divisor) {
        ExecutorService pool = Executors.newFixedThreadPool(1);
        int first = values[0] / divisor;
        String label = (String) name;
        pool.shutdown();
        return first + label.length();
    }

    int synchronizedBlockIsNoCall() {
        ExecutorService pool = Executors.newFixedThreadPool(1);
        int seen;
        synchronized (this) {
            seen = ++poolsSeen;
        }
        pool.shutdown();
        return seen;
    }

    String concatenationIsNoCall() {
        ExecutorService pool = Executors.newFixedThreadPool(1);
        String description = "pool " + pool;
        pool.shutdown();
        return description;
    }

    ExecutorService returned() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        pool.submit(task);
        return pool;
    }

    ExecutorService returnedOnOneBranch(boolean wanted) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        return wanted ? pool : null;
    }

    void storedInField() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        pool.submit(task);
        kept = pool;
    }

    void storedInStaticField() {
        keptStatically = Executors.newFixedThreadPool(2);
    }

    ExecutorService[] storedInArray() {
        ExecutorService[] pools = new ExecutorService[1];
        pools[0] = Executors.newFixedThreadPool(2);
        return pools;
    }

    Worker passedToConstructor() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        return new Worker(pool);
    }

    void passedToCollection() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        pool.submit(task);
        registry.add(pool);
    }

    void passedToOwnMethod() {
        register(Executors.newFixedThreadPool(2));
    }

    void handedOnOnOnePathOnly(boolean keep) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        if (keep) {
            registry.add(pool);
        }
    }

    void capturedByLambda() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> pool.shutdown()));
    }

    Runnable capturedByMethodReference() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        return pool::shutdown;
    }

    Runnable capturedByAnonymousClass() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        return new Runnable() {
            @Override
            public void run() {
                pool.shutdown();
            }
        };
    }

    void commonPoolIsNotCreated() {
        ForkJoinPool.commonPool().submit(task);
    }

    void supplyAsyncWithoutExecutor() {
        CompletableFuture.supplyAsync(() -> 1).join();
    }

    void parameterIsNotOwned(ExecutorService pool) {
        pool.submit(task);
    }

    void fieldIsNotALocal() {
        shared.submit(task);
    }

    ThreadFactory defaultThreadFactoryIsNoPool() {
        return Executors.defaultThreadFactory();
    }

    void subclassOfPoolIsNotInTheVocabulary() {
        new SingleWorkerPool().execute(task);
    }

    String httpClientInTryWithResources(URI uri) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
        }
    }

    private void register(ExecutorService pool) {
        registry.add(pool);
    }

    ExecutorService kept() {
        return kept;
    }

    static ExecutorService keptStatically() {
        return keptStatically;
    }

    @Override
    public void close() {
        shared.shutdown();
    }

    record Worker(ExecutorService pool) {
    }

    /** Owners created in a constructor and in a static initialiser, kept in locals only. */
    static final class CreatesInInitializers {
        static {
            ExecutorService warmUp = Executors.newSingleThreadExecutor(); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
            warmUp.submit(() -> { });
        }

        CreatesInInitializers() {
            ExecutorService probe = Executors.newSingleThreadExecutor(); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
            probe.submit(() -> { });
        }
    }

    /** Its constructor calls ThreadPoolExecutor's on itself: that creates no second pool. */
    static final class SingleWorkerPool extends ThreadPoolExecutor {
        SingleWorkerPool() {
            super(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        }
    }
}
