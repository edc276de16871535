package io.github.leakhound.rules.executor;

import static io.github.leakhound.rules.MarkedSources.assertFindsExactlyTheMarkedLines;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Executor fields given a pool at construction and replaced later without releasing the old one. */
class ExecutorOverwrittenRuleTest {

    @TempDir
    Path root;

    // ---- reported ----

    @Test
    void replacedWithoutShutdownIsReportedAtTheSecondStore() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Poller implements AutoCloseable {
                    private ExecutorService pool = Executors.newFixedThreadPool(2);

                    void resize(int size) {
                        pool = Executors.newFixedThreadPool(size); // expect: LEAK_EXECUTOR_OVERWRITTEN
                    }

                    @Override
                    public void close() {
                        pool.shutdown();
                    }
                }
                """);
    }

    @Test
    void neverReleasedAndOverwrittenFiresBothRules() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Publisher {
                    private ExecutorService publisher;

                    Publisher() {
                        publisher = Executors.newSingleThreadExecutor(); // expect: LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN
                    }

                    void reconnect() {
                        publisher = Executors.newSingleThreadExecutor(); // expect: LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN, LEAK_EXECUTOR_OVERWRITTEN
                    }
                }
                """);
    }

    @Test
    void shutdownAfterTheStoreReleasesTheNewExecutorNotTheOld() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Poller {
                    private ExecutorService pool = Executors.newFixedThreadPool(2);

                    void restart() {
                        pool = Executors.newFixedThreadPool(2); // expect: LEAK_EXECUTOR_OVERWRITTEN
                        pool.shutdown();
                    }
                }
                """);
    }

    @Test
    void staticFieldFromStaticInitializerReplacedThroughLocalIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Registry {
                    private static ExecutorService workers;

                    static {
                        workers = Executors.newCachedThreadPool();
                    }

                    static void reload() {
                        ExecutorService fresh = Executors.newCachedThreadPool();
                        workers = fresh; // expect: LEAK_EXECUTOR_OVERWRITTEN
                    }

                    static void stop() {
                        workers.shutdownNow();
                    }
                }
                """);
    }

    // ---- not reported ----

    @Test
    void oldExecutorShutDownBeforeTheStoreIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Poller {
                    private ExecutorService pool = Executors.newFixedThreadPool(2);

                    void resize(int size) {
                        pool.shutdown();
                        pool = Executors.newFixedThreadPool(size);
                    }

                    void close() {
                        pool.shutdown();
                    }
                }
                """);
    }

    @Test
    void oldExecutorReleasedThroughCopyAfterTheStoreIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Poller {
                    private ExecutorService pool;

                    Poller() {
                        pool = Executors.newFixedThreadPool(2);
                    }

                    void resize(int size) {
                        ExecutorService old = pool;
                        pool = Executors.newFixedThreadPool(size);
                        old.shutdown();
                    }
                }
                """);
    }

    @Test
    void nullCheckedStoreIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Lazy {
                    private ExecutorService pool = Executors.newFixedThreadPool(1);

                    void ensureStarted() {
                        if (pool == null) {
                            pool = Executors.newFixedThreadPool(2);
                        }
                    }

                    void close() {
                        pool.shutdown();
                    }
                }
                """);
    }

    @Test
    void oldValueHandedOnBeforeTheStoreIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Poller {
                    private ExecutorService pool = Executors.newFixedThreadPool(2);

                    void resize(int size) {
                        retire(pool);
                        pool = Executors.newFixedThreadPool(size);
                    }

                    private static void retire(ExecutorService old) {
                        old.shutdown();
                    }
                }
                """);
    }

    @Test
    void storesOnlyInMethodsOrOnlyInConstructorsAreNotOverwrites() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Twice {
                    private ExecutorService started;
                    private ExecutorService built;

                    Twice() {
                        built = Executors.newFixedThreadPool(1);
                    }

                    Twice(int size) {
                        built = Executors.newFixedThreadPool(size);
                    }

                    void start() {
                        started = Executors.newFixedThreadPool(1);
                    }

                    void restart(ExecutorService given) {
                        built = given;
                    }

                    void stop() {
                        started.shutdown();
                        built.shutdown();
                    }
                }
                """);
    }
}
