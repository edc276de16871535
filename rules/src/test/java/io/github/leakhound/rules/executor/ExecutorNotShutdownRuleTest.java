package io.github.leakhound.rules.executor;

import static io.github.leakhound.rules.MarkedSources.assertFindsExactlyTheMarkedLines;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local thread owners: released on every path, handed on, or reported at the creating line. */
class ExecutorNotShutdownRuleTest {

    @TempDir
    Path root;

    // ---- reported ----

    @Test
    void executorNeverShutDownIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Reports {
                    void render(Runnable task) {
                        ExecutorService pool = Executors.newFixedThreadPool(4); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                        pool.submit(task);
                    }
                }
                """);
    }

    @Test
    void poolSubmittedThenShutDownWithoutFinallyIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Reports {
                    void render(Runnable task) {
                        ExecutorService pool = Executors.newFixedThreadPool(4); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                        pool.submit(task);
                        pool.shutdown();
                    }
                }
                """);
    }

    @Test
    void shutdownOnlyInsideIfIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Reports {
                    void render(boolean done) {
                        ExecutorService pool = Executors.newCachedThreadPool(); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                        if (done) {
                            pool.shutdown();
                        }
                    }
                }
                """);
    }

    @Test
    void shutdownOnlyInCatchIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Reports {
                    void render(Runnable task) {
                        ExecutorService pool = Executors.newFixedThreadPool(2); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                        try {
                            pool.submit(task).get();
                        } catch (Exception e) {
                            pool.shutdownNow();
                        }
                    }
                }
                """);
    }

    @Test
    void earlyReturnBeforeShutdownIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Reports {
                    void render(int count) {
                        ExecutorService pool = Executors.newFixedThreadPool(2); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                        if (count == 0) {
                            return;
                        }
                        pool.shutdown();
                    }
                }
                """);
    }

    @Test
    void callBetweenCreationAndTryFinallyIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.List;
                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Reports {
                    void render(List<Runnable> tasks) {
                        ExecutorService pool = Executors.newFixedThreadPool(2); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                        Runnable first = tasks.get(0);
                        try {
                            pool.submit(first);
                        } finally {
                            pool.shutdown();
                        }
                    }
                }
                """);
    }

    @Test
    void shutdownInFinallyOnlyUnderAConditionIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Reports {
                    void render(Runnable task, boolean stop) {
                        ExecutorService pool = Executors.newFixedThreadPool(2); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                        try {
                            pool.submit(task);
                        } finally {
                            if (stop) {
                                pool.shutdown();
                            }
                        }
                    }
                }
                """);
    }

    @Test
    void executorCreatedInLoopBodyIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.List;
                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Reports {
                    void render(List<Runnable> tasks) {
                        for (Runnable task : tasks) {
                            ExecutorService pool = Executors.newSingleThreadExecutor(); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                            pool.execute(task);
                        }
                    }
                }
                """);
    }

    @Test
    void shutdownOnlyInsideLoopIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Reports {
                    void render(int rounds) {
                        ExecutorService pool = Executors.newFixedThreadPool(2); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                        for (int i = 0; i < rounds; i++) {
                            pool.shutdown();
                        }
                    }
                }
                """);
    }

    @Test
    void executorUsedWithoutVariableIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.Executors;

                class Reports {
                    void render(Runnable task) {
                        Executors.newSingleThreadExecutor().submit(task); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                    }
                }
                """);
    }

    @Test
    void executorCreatedAndDroppedIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.Executors;

                class Reports {
                    void warmUp() {
                        Executors.newWorkStealingPool(); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                    }
                }
                """);
    }

    @Test
    void executorLentOnlyToCompletableFutureIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.CompletableFuture;
                import java.util.concurrent.Executors;

                class Reports {
                    CompletableFuture<String> render() {
                        return CompletableFuture.supplyAsync(() -> "x", Executors.newFixedThreadPool(2)); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                    }
                }
                """);
    }

    @Test
    void executorVariablePassedOnlyToBorrowersIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.Objects;
                import java.util.concurrent.CompletableFuture;
                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Reports {
                    void render(Runnable task) {
                        ExecutorService pool = Executors.newFixedThreadPool(2); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                        Objects.requireNonNull(pool);
                        System.out.println(pool);
                        CompletableFuture.runAsync(task, pool).join();
                    }
                }
                """);
    }

    @Test
    void constructedExecutorsAreReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ForkJoinPool;
                import java.util.concurrent.LinkedBlockingQueue;
                import java.util.concurrent.ScheduledThreadPoolExecutor;
                import java.util.concurrent.ThreadPoolExecutor;
                import java.util.concurrent.TimeUnit;

                class Reports {
                    void render(Runnable task) {
                        ThreadPoolExecutor a = new ThreadPoolExecutor(1, 2, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>()); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                        a.execute(task);
                        ScheduledThreadPoolExecutor b = new ScheduledThreadPoolExecutor(1); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                        b.schedule(task, 1, TimeUnit.SECONDS);
                        ForkJoinPool c = new ForkJoinPool(4); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                        c.submit(task);
                    }
                }
                """);
    }

    @Test
    void httpClientBuiltPerCallIsReportedAsThreadOwnerNotClosed() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.net.URI;
                import java.net.http.HttpClient;
                import java.net.http.HttpRequest;
                import java.net.http.HttpResponse;
                import java.time.Duration;

                class Fetcher {
                    String fetch(URI uri) throws Exception {
                        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(); // expect: LEAK_THREAD_OWNER_NOT_CLOSED
                        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
                    }

                    int status(URI uri) throws Exception {
                        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode(); // expect: LEAK_THREAD_OWNER_NOT_CLOSED
                    }
                }
                """);
    }

    @Test
    void httpClientFromBuilderVariableIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.net.http.HttpClient;

                class Fetcher {
                    void fetch() {
                        HttpClient.Builder builder = HttpClient.newBuilder();
                        HttpClient client = builder.build(); // expect: LEAK_THREAD_OWNER_NOT_CLOSED
                        client.version();
                    }
                }
                """);
    }

    @Test
    void executorsInLambdaConstructorAndStaticInitializerAreReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.List;
                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Reports {
                    static {
                        ExecutorService warm = Executors.newSingleThreadExecutor(); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                        warm.execute(() -> { });
                    }

                    Reports() {
                        ExecutorService boot = Executors.newSingleThreadExecutor(); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                        boot.execute(() -> { });
                    }

                    void render(List<Runnable> tasks) {
                        tasks.forEach(task -> {
                            ExecutorService pool = Executors.newSingleThreadExecutor(); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                            pool.execute(task);
                        });
                    }
                }
                """);
    }

    @Test
    void factoriesReachedThroughWildcardStaticAndQualifiedNamesAreReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import static java.util.concurrent.Executors.newCachedThreadPool;

                import java.util.concurrent.*;

                class Reports {
                    void render(Runnable task) {
                        ExecutorService a = Executors.newFixedThreadPool(2); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                        a.execute(task);
                        ExecutorService b = newCachedThreadPool(); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                        b.execute(task);
                        var c = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor(); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                        c.execute(task);
                    }
                }
                """);
    }

    @Test
    void executorUsedWithoutVariableInAFieldInitializerIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.Executors;
                import java.util.concurrent.Future;

                class Warmup {
                    private final Future<?> warm = Executors.newSingleThreadExecutor().submit(Warmup::load); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN

                    static void load() {
                    }
                }
                """);
    }

    @Test
    void reassignedLocalLeaksTheFirstExecutor() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Reports {
                    void render() {
                        ExecutorService pool = Executors.newFixedThreadPool(2); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                        pool = Executors.newFixedThreadPool(4);
                        pool.shutdown();
                    }
                }
                """);
    }

    // ---- not reported ----

    @Test
    void executorShutDownInFinallyIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;
                import java.util.concurrent.TimeUnit;

                class Reports {
                    void render(Runnable task) throws InterruptedException {
                        ExecutorService pool = Executors.newFixedThreadPool(4);
                        try {
                            pool.submit(task);
                            pool.awaitTermination(1, TimeUnit.SECONDS);
                        } finally {
                            pool.shutdown();
                        }
                    }
                }
                """);
    }

    @Test
    void shutdownInFinallyUnderNullCheckIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Reports {
                    void render(Runnable task) {
                        ExecutorService pool = null;
                        try {
                            pool = Executors.newFixedThreadPool(4);
                            pool.submit(task);
                        } finally {
                            if (pool != null) {
                                pool.shutdownNow();
                            }
                        }
                    }
                }
                """);
    }

    @Test
    void closeInNestedTryOfFinallyIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Reports {
                    void render(Runnable task) {
                        ExecutorService pool = Executors.newFixedThreadPool(4);
                        try {
                            pool.submit(task);
                        } finally {
                            try {
                                pool.close();
                            } catch (RuntimeException ignored) {
                                // best effort
                            }
                        }
                    }
                }
                """);
    }

    @Test
    void tryWithResourcesIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.net.http.HttpClient;
                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Reports {
                    void render(Runnable task) {
                        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                            pool.submit(task);
                        }
                        try (HttpClient client = HttpClient.newHttpClient()) {
                            client.version();
                        }
                        ExecutorService later = Executors.newFixedThreadPool(2);
                        try (later) {
                            later.submit(task);
                        }
                    }
                }
                """);
    }

    @Test
    void shutdownRightAfterCreationWithOnlyImplicitExceptionsBetweenIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Reports {
                    int render(int[] sizes, int divisor) {
                        ExecutorService pool = Executors.newFixedThreadPool(2);
                        int share = sizes[0] / divisor;
                        Object boxed = sizes;
                        int[] again = (int[]) boxed;
                        pool.shutdown();
                        return share + again.length;
                    }
                }
                """);
    }

    @Test
    void shutdownInBothBranchesIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Reports {
                    void render(boolean now) {
                        ExecutorService pool = Executors.newFixedThreadPool(2);
                        if (now) {
                            pool.shutdownNow();
                        } else {
                            pool.shutdown();
                        }
                    }
                }
                """);
    }

    @Test
    void executorChosenInBracelessBranchesAndShutDownInFinallyIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Reports {
                    void render(boolean parallel, Runnable task) {
                        ExecutorService pool;
                        if (parallel) pool = Executors.newFixedThreadPool(4);
                        else pool = Executors.newSingleThreadExecutor();
                        try {
                            pool.submit(task);
                        } finally {
                            pool.shutdown();
                        }
                    }
                }
                """);
    }

    @Test
    void executorCreatedInBracelessLoopBodyIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Reports {
                    void render(int rounds) {
                        ExecutorService pool = null;
                        for (int i = 0; i < rounds; i++) pool = Executors.newSingleThreadExecutor(); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                        if (pool != null) {
                            pool.shutdown();
                        }
                    }
                }
                """);
    }

    @Test
    void executorsHandedOnAreNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.List;
                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Owners {
                    private ExecutorService kept;
                    private static final ExecutorService[] SLOTS = new ExecutorService[2];

                    ExecutorService returned() {
                        ExecutorService pool = Executors.newFixedThreadPool(2);
                        pool.submit(() -> { });
                        return pool;
                    }

                    ExecutorService returnedDirectly() {
                        return Executors.newCachedThreadPool();
                    }

                    void storedInField() {
                        ExecutorService pool = Executors.newFixedThreadPool(2);
                        pool.submit(() -> { });
                        this.kept = pool;
                    }

                    void storedInArray() {
                        ExecutorService pool = Executors.newFixedThreadPool(2);
                        SLOTS[0] = pool;
                        ExecutorService[] local = { Executors.newSingleThreadExecutor() };
                    }

                    Worker passedToConstructor() {
                        ExecutorService pool = Executors.newFixedThreadPool(2);
                        pool.submit(() -> { });
                        return new Worker(pool);
                    }

                    void passedToMethod(List<ExecutorService> registry) {
                        ExecutorService pool = Executors.newFixedThreadPool(2);
                        pool.submit(() -> { });
                        registry.add(pool);
                        register(Executors.newSingleThreadExecutor());
                    }

                    void register(ExecutorService pool) {
                    }

                    Owners() {
                        this(Executors.newFixedThreadPool(2));
                    }

                    Owners(ExecutorService kept) {
                        this.kept = kept;
                    }

                    void close() {
                        kept.shutdown();
                    }

                    record Worker(ExecutorService pool) {
                    }
                }
                """);
    }

    @Test
    void handedOnOnOnlyOnePathIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Owners {
                    ExecutorService maybe(boolean keep) {
                        ExecutorService pool = Executors.newFixedThreadPool(2);
                        pool.submit(() -> { });
                        if (keep) {
                            return pool;
                        }
                        return null;
                    }
                }
                """);
    }

    @Test
    void capturedExecutorsAreNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Owners {
                    void lambda() {
                        ExecutorService pool = Executors.newFixedThreadPool(2);
                        pool.submit(() -> { });
                        Runtime.getRuntime().addShutdownHook(new Thread(() -> pool.shutdown()));
                    }

                    void methodReference() {
                        ExecutorService pool = Executors.newFixedThreadPool(2);
                        pool.submit(() -> { });
                        Runnable stop = pool::shutdownNow;
                        stop.run();
                    }

                    void anonymousClass() {
                        ExecutorService pool = Executors.newFixedThreadPool(2);
                        pool.submit(() -> { });
                        Runnable stop = new Runnable() {
                            @Override
                            public void run() {
                                pool.shutdown();
                            }
                        };
                        stop.run();
                    }

                    void localClass() {
                        ExecutorService pool = Executors.newFixedThreadPool(2);
                        pool.submit(() -> { });
                        class Stopper {
                            void stop() {
                                pool.shutdown();
                            }
                        }
                        new Stopper().stop();
                    }
                }
                """);
    }

    @Test
    void createdAndReleasedInsideLambdaIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.List;
                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Owners {
                    void render(List<Runnable> tasks) {
                        tasks.forEach(task -> {
                            ExecutorService pool = Executors.newSingleThreadExecutor();
                            try {
                                pool.execute(task);
                            } finally {
                                pool.shutdown();
                            }
                        });
                    }
                }
                """);
    }

    @Test
    void valuesThatAreNotCreationsAreNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.CompletableFuture;
                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;
                import java.util.concurrent.ForkJoinPool;
                import java.util.concurrent.ThreadFactory;

                class Borrowers {
                    private final ExecutorService shared;

                    Borrowers(ExecutorService shared) {
                        this.shared = shared;
                    }

                    void render(ExecutorService given, Runnable task) {
                        ForkJoinPool common = ForkJoinPool.commonPool();
                        common.submit(task);
                        given.submit(task);
                        ExecutorService copy = this.shared;
                        copy.submit(task);
                        CompletableFuture.supplyAsync(() -> "x").join();
                        ThreadFactory factory = Executors.defaultThreadFactory();
                        factory.newThread(task).start();
                    }
                }
                """);
    }

    @Test
    void samePackageClassNamedExecutorsIsNotTheJdkFactory() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                class Reports {
                    void render(Runnable task) {
                        Executors.newFixedThreadPool(2).submit(task);
                    }
                }
                """, """
                package demo;

                class Executors {
                    static Executors newFixedThreadPool(int size) {
                        return new Executors();
                    }

                    void submit(Runnable task) {
                        task.run();
                    }
                }
                """);
    }

    @Test
    void anonymousSubclassOfThreadPoolIsAUserClassAndNotReported() {
        // javac compiles it to Reports$1, a class the vocabulary does not know; the bytecode engine agrees.
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.LinkedBlockingQueue;
                import java.util.concurrent.ThreadPoolExecutor;
                import java.util.concurrent.TimeUnit;

                class Reports {
                    void render(Runnable task) {
                        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>()) {
                        };
                        pool.execute(task);
                    }
                }
                """);
    }

    @Test
    void copyIntoAnotherLocalIsTreatedAsHandedOn() {
        // A guess that prefers silence: the copy is not followed.
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Reports {
                    void render(Runnable task) {
                        ExecutorService pool = Executors.newFixedThreadPool(2);
                        ExecutorService alias = pool;
                        alias.submit(task);
                    }
                }
                """);
    }
}
