package io.github.leakhound.rules.executor;

import static io.github.leakhound.rules.MarkedSources.assertFindsExactlyTheMarkedLines;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Executor fields: reported when nothing in the program releases them and their value never escapes. */
class ExecutorFieldNeverShutdownRuleTest {

    @TempDir
    Path root;

    // ---- reported ----

    @Test
    void inlineInitializedFieldNeverShutDownIsReportedAtTheDeclaration() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Mailer {
                    private final ExecutorService senders = Executors.newFixedThreadPool(4); // expect: LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN

                    void send(Runnable mail) {
                        senders.submit(mail);
                    }
                }
                """);
    }

    @Test
    void fieldAssignedInConstructorNeverShutDownIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ThreadPoolExecutor;
                import java.util.concurrent.LinkedBlockingQueue;
                import java.util.concurrent.TimeUnit;

                class Mailer {
                    private final ThreadPoolExecutor senders;

                    Mailer() {
                        this.senders = new ThreadPoolExecutor(1, 4, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>()); // expect: LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN
                    }

                    void send(Runnable mail) {
                        senders.execute(mail);
                    }
                }
                """);
    }

    @Test
    void staticFieldAssignedInStaticInitializerIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Renderer {
                    private static final ExecutorService RENDERERS;

                    static {
                        RENDERERS = Executors.newFixedThreadPool(8); // expect: LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN
                    }

                    static void render(Runnable page) {
                        RENDERERS.submit(page);
                    }
                }
                """);
    }

    @Test
    void fieldAssignedThroughLocalVariableIsReportedAtTheFieldAssignment() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ScheduledExecutorService;
                import java.util.concurrent.Executors;
                import java.util.concurrent.TimeUnit;

                class Reaper {
                    private ScheduledExecutorService reaper;

                    void start(Runnable sweep) {
                        ScheduledExecutorService created = Executors.newSingleThreadScheduledExecutor();
                        created.scheduleAtFixedRate(sweep, 1, 1, TimeUnit.MINUTES);
                        reaper = created; // expect: LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN
                    }
                }
                """);
    }

    @Test
    void fieldLentOnlyToBorrowersIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.CompletableFuture;
                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Quotes {
                    private final ExecutorService pool = Executors.newCachedThreadPool(); // expect: LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN

                    CompletableFuture<String> quote() {
                        System.out.println("pool " + pool);
                        return CompletableFuture.supplyAsync(() -> "1.0", pool);
                    }
                }
                """);
    }

    @Test
    void localWithTheFieldNameShutDownDoesNotReleaseTheField() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Shadow {
                    private final ExecutorService pool = Executors.newFixedThreadPool(2); // expect: LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN

                    void once(Runnable task) {
                        ExecutorService pool = Executors.newSingleThreadExecutor();
                        try {
                            pool.submit(task);
                        } finally {
                            pool.shutdown();
                        }
                        this.pool.submit(task);
                    }
                }
                """);
    }

    @Test
    void releaseOfSameNamedFieldInAnotherClassDoesNotCount() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Leaky {
                    private final ExecutorService pool = Executors.newFixedThreadPool(2); // expect: LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN

                    void run(Runnable task) {
                        pool.submit(task);
                    }
                }
                """, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Tidy implements AutoCloseable {
                    private final ExecutorService pool = Executors.newFixedThreadPool(2);

                    @Override
                    public void close() {
                        pool.shutdown();
                    }
                }
                """);
    }

    // ---- not reported ----

    @Test
    void fieldShutDownInCloseIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Mailer implements AutoCloseable {
                    private final ExecutorService senders = Executors.newFixedThreadPool(4);
                    private final ExecutorService retries;

                    Mailer() {
                        retries = Executors.newSingleThreadExecutor();
                    }

                    @Override
                    public void close() {
                        senders.shutdown();
                        this.retries.shutdownNow();
                    }
                }
                """);
    }

    @Test
    void fieldShutDownFromInnerClassLambdaOrHookIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Service {
                    private final ExecutorService a = Executors.newFixedThreadPool(2);
                    private final ExecutorService b = Executors.newFixedThreadPool(2);
                    private final ExecutorService c = Executors.newFixedThreadPool(2);
                    private static final ExecutorService D = Executors.newCachedThreadPool();

                    Service() {
                        Runtime.getRuntime().addShutdownHook(new Thread(() -> b.shutdown()));
                        Runtime.getRuntime().addShutdownHook(new Thread(c::shutdownNow));
                    }

                    class Stopper {
                        void stop() {
                            Service.this.a.shutdown();
                        }
                    }

                    static class Hooks {
                        static void stopAll() {
                            Service.D.close();
                        }
                    }
                }
                """);
    }

    @Test
    void fieldShutDownThroughLocalCopyIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Service {
                    private final ExecutorService pool = Executors.newFixedThreadPool(2);

                    void stop() {
                        ExecutorService p = pool;
                        if (p != null) {
                            p.shutdown();
                        }
                    }
                }
                """);
    }

    @Test
    void fieldShutDownFromAnotherClassIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Indexer {
                    final ExecutorService workers = Executors.newFixedThreadPool(2);
                    static final ExecutorService SHARED = Executors.newCachedThreadPool();
                }
                """, """
                package demo;

                class Application {
                    void stop(Indexer indexer) {
                        indexer.workers.shutdown();
                        Indexer.SHARED.shutdownNow();
                    }
                }
                """);
    }

    @Test
    void inheritedFieldShutDownInSubclassIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                abstract class Base {
                    protected final ExecutorService pool = Executors.newFixedThreadPool(2);
                }
                """, """
                package demo;

                class Child extends Base {
                    void stop() {
                        pool.shutdown();
                    }
                }
                """);
    }

    @Test
    void escapingFieldsAreNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.ArrayList;
                import java.util.List;
                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Escapes {
                    private final ExecutorService returned = Executors.newFixedThreadPool(2);
                    private final ExecutorService passed = Executors.newFixedThreadPool(2);
                    private final ExecutorService constructed = Executors.newFixedThreadPool(2);
                    private final ExecutorService copied = Executors.newFixedThreadPool(2);
                    private final ExecutorService collected = Executors.newFixedThreadPool(2);
                    private final ExecutorService bound = Executors.newFixedThreadPool(2);
                    private ExecutorService other;
                    private final List<ExecutorService> all = new ArrayList<>();

                    ExecutorService returned() {
                        return returned;
                    }

                    void wire(Registry registry) {
                        registry.register(passed);
                        new Worker(constructed);
                        other = copied;
                        all.add(collected);
                        registry.onSubmit(bound::submit);
                    }

                    interface Registry {
                        void register(ExecutorService pool);

                        void onSubmit(java.util.function.Function<Runnable, ?> submit);
                    }

                    record Worker(ExecutorService pool) {
                    }
                }
                """);
    }

    @Test
    void fieldClosedByTryWithResourcesIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class OneShot {
                    private final ExecutorService pool = Executors.newFixedThreadPool(2);

                    void runOnce(Runnable task) {
                        try (pool) {
                            pool.submit(task);
                        }
                    }
                }
                """);
    }

    @Test
    void fieldWithLombokGeneratedGetterIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;
                import lombok.Getter;

                class Service {
                    @Getter
                    private final ExecutorService pool = Executors.newFixedThreadPool(2);
                }
                """, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;
                import lombok.*;

                @Data
                class Settings {
                    private final ExecutorService pool = Executors.newFixedThreadPool(2);
                }
                """);
    }

    @Test
    void fieldsThatAreNotGivenNewExecutorsAreNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.net.http.HttpClient;
                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.ForkJoinPool;

                class Shared {
                    private static final HttpClient CLIENT = HttpClient.newHttpClient();
                    private final HttpClient built = HttpClient.newBuilder().build();
                    private final ExecutorService injected;
                    private final ForkJoinPool common = ForkJoinPool.commonPool();

                    Shared(ExecutorService injected) {
                        this.injected = injected;
                    }

                    void use(Runnable task) {
                        injected.submit(task);
                        common.submit(task);
                        CLIENT.version();
                        built.version();
                    }
                }
                """);
    }
}
