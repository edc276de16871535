package io.github.leakhound.detectors.samples;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Executors kept in fields (LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN, LEAK_EXECUTOR_OVERWRITTEN). Each nested class is
 * one case; a marker ends the line where a finding must be reported.
 */
@SuppressWarnings("unused")
public final class FieldExecutors {

    private FieldExecutors() {
    }

    // ---- LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN reported ----

    static final class NeverShutDown {
        private final ExecutorService pool = Executors.newFixedThreadPool(2); // expect: LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN

        void submit(Runnable task) {
            pool.submit(task);
        }
    }

    static final class AssignedInConstructor {
        private final ScheduledExecutorService scheduler;

        AssignedInConstructor() {
            scheduler = Executors.newSingleThreadScheduledExecutor(); // expect: LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN
        }

        void tick(Runnable task) {
            scheduler.execute(task);
        }
    }

    static final class AssignedThroughLocalVariable {
        private final ExecutorService pool;

        AssignedThroughLocalVariable(int threads) {
            ExecutorService created = Executors.newFixedThreadPool(threads);
            this.pool = created; // expect: LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN
        }

        void submit(Runnable task) {
            pool.submit(task);
        }
    }

    static final class StaticNeverShutDown {
        private static final ExecutorService POOL = Executors.newCachedThreadPool(); // expect: LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN

        static void submit(Runnable task) {
            POOL.submit(task);
        }
    }

    static final class LazilyCreatedNeverShutDown {
        private ExecutorService pool;

        void submit(Runnable task) {
            if (pool == null) {
                pool = Executors.newFixedThreadPool(2); // expect: LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN
            }
            pool.submit(task);
        }
    }

    static final class PassedOnlyToBorrowers {
        private final ExecutorService pool = Executors.newFixedThreadPool(2); // expect: LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN

        CompletableFuture<Void> run(Runnable task) {
            System.out.println("running on " + pool);
            return CompletableFuture.runAsync(task, pool);
        }
    }

    static final class NeverShutDownAndOverwritten {
        private ExecutorService pool = Executors.newFixedThreadPool(2); // expect: LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN

        void restart() {
            pool = Executors.newFixedThreadPool(4); // expect: LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN, LEAK_EXECUTOR_OVERWRITTEN
        }

        void submit(Runnable task) {
            pool.submit(task);
        }
    }

    // ---- LEAK_EXECUTOR_OVERWRITTEN reported (the field is shut down elsewhere) ----

    static final class OverwrittenInMethod implements AutoCloseable {
        private ExecutorService pool = Executors.newFixedThreadPool(2);

        void resize(int threads) {
            pool = Executors.newFixedThreadPool(threads); // expect: LEAK_EXECUTOR_OVERWRITTEN
        }

        @Override
        public void close() {
            pool.shutdown();
        }
    }

    static final class StaticOverwritten {
        private static ExecutorService pool;

        static {
            pool = Executors.newCachedThreadPool();
        }

        static void reset() {
            pool = Executors.newCachedThreadPool(); // expect: LEAK_EXECUTOR_OVERWRITTEN
        }

        static void shutdownAll() {
            pool.shutdownNow();
        }
    }

    static final class ReleasesOnlyTheNewExecutor {
        private ExecutorService pool = Executors.newFixedThreadPool(2);

        void runOnce(Runnable task) {
            pool = Executors.newFixedThreadPool(1); // expect: LEAK_EXECUTOR_OVERWRITTEN
            pool.submit(task);
            pool.shutdown();
        }
    }

    static final class HandsOnOnlyTheNewExecutor implements AutoCloseable {
        private final List<ExecutorService> started = new ArrayList<>();
        private ExecutorService pool = Executors.newFixedThreadPool(2);

        void restart() {
            pool = Executors.newFixedThreadPool(2); // expect: LEAK_EXECUTOR_OVERWRITTEN
            started.add(pool);
        }

        @Override
        public void close() {
            pool.shutdown();
        }
    }

    // ---- silent ----

    static final class ShutDownInClose implements AutoCloseable {
        private final ExecutorService pool = Executors.newFixedThreadPool(2);

        @Override
        public void close() {
            pool.shutdown();
        }
    }

    static final class ClosedThroughLocalCopy implements AutoCloseable {
        private final ExecutorService pool = Executors.newFixedThreadPool(2);

        @Override
        public void close() {
            ExecutorService copy = pool;
            copy.close();
        }
    }

    static final class ShutDownInShutdownHookLambda {
        private final ExecutorService pool = Executors.newFixedThreadPool(2);

        ShutDownInShutdownHookLambda() {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> pool.shutdown()));
        }
    }

    static final class ShutDownByMethodReference {
        private final ExecutorService pool = Executors.newFixedThreadPool(2);

        ShutDownByMethodReference() {
            Runtime.getRuntime().addShutdownHook(new Thread(pool::shutdownNow));
        }
    }

    static final class ShutDownByInnerClass {
        private final ExecutorService pool = Executors.newFixedThreadPool(2);

        final class Stopper {
            void stop() {
                ShutDownByInnerClass.this.pool.shutdown();
            }
        }
    }

    static final class ShutDownByAnotherClass {
        final ExecutorService pool = Executors.newFixedThreadPool(2);
    }

    static final class Lifecycle {
        void stop(ShutDownByAnotherClass service) {
            service.pool.shutdown();
        }
    }

    static final class ReturnedByGetter {
        private final ExecutorService pool = Executors.newFixedThreadPool(2);

        ExecutorService pool() {
            return pool;
        }
    }

    static final class PassedToConstructor {
        private final ExecutorService pool = Executors.newFixedThreadPool(2);
        private final Thread watcher = new Thread(new Watchdog(pool));
    }

    record Watchdog(ExecutorService pool) implements Runnable {
        @Override
        public void run() {
            pool.shutdown();
        }
    }

    static final class AddedToCollection {
        private final ExecutorService pool = Executors.newFixedThreadPool(2);
        private final List<ExecutorService> all = new ArrayList<>();

        void track() {
            all.add(pool);
        }
    }

    static final class CopiedToAnotherField {
        private final ExecutorService pool = Executors.newFixedThreadPool(2);
        private ExecutorService current;

        void activate() {
            current = pool;
        }
    }

    static final class HttpClientIsShared {
        private final HttpClient client = HttpClient.newHttpClient();

        void reset() {
            // Replacing a shared client is not an executor overwrite either.
        }
    }

    static final class ReceivesItsExecutor {
        private final ExecutorService pool;

        ReceivesItsExecutor(ExecutorService pool) {
            this.pool = pool;
        }
    }

    static final class OldShutDownBeforeReassigning implements AutoCloseable {
        private ExecutorService pool = Executors.newFixedThreadPool(2);

        void resize(int threads) {
            pool.shutdown();
            pool = Executors.newFixedThreadPool(threads);
        }

        @Override
        public void close() {
            pool.shutdown();
        }
    }

    static final class OldReleasedThroughLocalCopy implements AutoCloseable {
        private ExecutorService pool = Executors.newFixedThreadPool(2);

        void resize(int threads) {
            ExecutorService old = pool;
            pool = Executors.newFixedThreadPool(threads);
            old.shutdown();
        }

        @Override
        public void close() {
            pool.shutdown();
        }
    }

    static final class NullCheckedBeforeReassigning implements AutoCloseable {
        private ExecutorService pool;

        NullCheckedBeforeReassigning() {
            pool = Executors.newFixedThreadPool(2);
        }

        void restartIfStopped() {
            if (pool == null || pool.isShutdown()) {
                pool = Executors.newFixedThreadPool(2);
            }
        }

        @Override
        public void close() {
            pool.shutdown();
            pool = null;
        }
    }

    static final class OldHandedOnBeforeReassigning {
        private final List<ExecutorService> retired = new ArrayList<>();
        private ExecutorService pool = Executors.newFixedThreadPool(2);

        void rotate() {
            retired.add(pool);
            pool = Executors.newFixedThreadPool(2);
        }
    }

    static final class AssignedOnlyByConstructors implements AutoCloseable {
        private final ExecutorService pool;

        AssignedOnlyByConstructors() {
            pool = Executors.newFixedThreadPool(2);
        }

        AssignedOnlyByConstructors(int threads) {
            pool = Executors.newFixedThreadPool(threads);
        }

        @Override
        public void close() {
            pool.shutdown();
        }
    }
}
