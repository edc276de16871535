package io.github.leakhound.detectors.samples;

import java.io.Closeable;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Periodic tasks on executors the class may or may not own (LEAK_PERIODIC_TASK_NOT_CANCELLED). Each nested class
 * is one case; a marker ends the line where a finding must be reported.
 */
@SuppressWarnings("unused")
public final class PeriodicSchedules {

    private PeriodicSchedules() {
    }

    // ---- reported ----

    static final class InjectedFieldFutureDropped implements AutoCloseable {
        private final ScheduledExecutorService scheduler;

        InjectedFieldFutureDropped(ScheduledExecutorService scheduler) {
            this.scheduler = scheduler;
        }

        void start() {
            scheduler.scheduleAtFixedRate(PeriodicSchedules::poll, 0, 1, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
        }

        @Override
        public void close() {
        }
    }

    static final class WithFixedDelayAndStop {
        private final ScheduledExecutorService scheduler;

        WithFixedDelayAndStop(ScheduledExecutorService scheduler) {
            this.scheduler = scheduler;
        }

        void start() {
            scheduler.scheduleWithFixedDelay(PeriodicSchedules::poll, 0, 5, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
        }

        void stop() {
        }
    }

    static final class PreDestroyAnnotated {
        private ScheduledExecutorService scheduler;

        void setScheduler(ScheduledExecutorService scheduler) {
            this.scheduler = scheduler;
        }

        void init() {
            scheduler.scheduleAtFixedRate(PeriodicSchedules::poll, 1, 1, TimeUnit.MINUTES); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
        }

        @PreDestroy
        void tearDown() {
        }
    }

    /** The lifecycle end comes from the declared interface alone: close() is left to subclasses. */
    abstract static class DeclaresAutoCloseable implements AutoCloseable {
        private final ScheduledExecutorService scheduler;

        DeclaresAutoCloseable(ScheduledExecutorService scheduler) {
            this.scheduler = scheduler;
        }

        void start() {
            scheduler.scheduleAtFixedRate(PeriodicSchedules::poll, 0, 1, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
        }
    }

    static final class MethodParameter {
        void start(ScheduledExecutorService scheduler) {
            scheduler.scheduleWithFixedDelay(PeriodicSchedules::poll, 0, 1, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
        }

        void stop() {
        }
    }

    static final class ThreadPoolParameter implements Closeable {
        void start(ScheduledThreadPoolExecutor pool) {
            pool.scheduleAtFixedRate(PeriodicSchedules::poll, 0, 1, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
        }

        @Override
        public void close() {
        }
    }

    static final class SharedStaticScheduler {
        void start() {
            Schedulers.SHARED.scheduleAtFixedRate(PeriodicSchedules::poll, 0, 1, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
        }

        void shutdown() {
        }
    }

    static final class SchedulerFromAMethod {
        void start() {
            Schedulers.shared().scheduleAtFixedRate(PeriodicSchedules::poll, 0, 1, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
        }

        void dispose() {
        }
    }

    static final class FutureKeptInFieldNeverCancelled implements AutoCloseable {
        private final ScheduledExecutorService scheduler;
        private ScheduledFuture<?> refresh;

        FutureKeptInFieldNeverCancelled(ScheduledExecutorService scheduler) {
            this.scheduler = scheduler;
        }

        void start() {
            refresh = scheduler.scheduleAtFixedRate(PeriodicSchedules::poll, 0, 1, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
        }

        boolean running() {
            return !refresh.isDone();
        }

        @Override
        public void close() {
        }
    }

    static final class FutureKeptInLocalNeverCancelled {
        private final ScheduledExecutorService scheduler;

        FutureKeptInLocalNeverCancelled(ScheduledExecutorService scheduler) {
            this.scheduler = scheduler;
        }

        boolean start() {
            ScheduledFuture<?> heartbeat = scheduler.scheduleAtFixedRate(PeriodicSchedules::poll, 0, 1, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
            System.out.println(heartbeat);
            return heartbeat.isDone();
        }

        void destroy() {
        }
    }

    static final class LocalCopyOfTheInjectedField {
        private final ScheduledExecutorService scheduler;

        LocalCopyOfTheInjectedField(ScheduledExecutorService scheduler) {
            this.scheduler = scheduler;
        }

        void start(boolean fast) {
            ScheduledExecutorService executor = scheduler;
            long period = fast ? 1 : 10;
            executor.scheduleAtFixedRate(PeriodicSchedules::poll, 0, period, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
        }

        void close() {
        }
    }

    /** The lifecycle end of the class around the code counts: an inner class and a lambda in it are part of it. */
    static final class OuterWithStop {
        private final ScheduledExecutorService scheduler;

        OuterWithStop(ScheduledExecutorService scheduler) {
            this.scheduler = scheduler;
        }

        void stop() {
        }

        final class Poller {
            void start() {
                scheduler.scheduleAtFixedRate(PeriodicSchedules::poll, 0, 1, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
            }
        }

        Runnable starter() {
            return () -> {
                scheduler.scheduleWithFixedDelay(PeriodicSchedules::poll, 0, 1, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
            };
        }
    }

    /** The executor is this class's own and never shut down: that is the executor family's finding, not this one. */
    static final class OwnedExecutorNeverShutDown implements AutoCloseable {
        private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(); // expect: LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN

        void start() {
            scheduler.scheduleAtFixedRate(PeriodicSchedules::poll, 0, 1, TimeUnit.SECONDS);
        }

        @Override
        public void close() {
        }
    }

    // ---- silent ----

    static final class FutureCancelledInClose implements AutoCloseable {
        private final ScheduledExecutorService scheduler;
        private ScheduledFuture<?> refresh;

        FutureCancelledInClose(ScheduledExecutorService scheduler) {
            this.scheduler = scheduler;
        }

        void start() {
            refresh = scheduler.scheduleAtFixedRate(PeriodicSchedules::poll, 0, 1, TimeUnit.SECONDS);
        }

        @Override
        public void close() {
            refresh.cancel(false);
        }
    }

    static final class OwnedExecutorShutDown implements AutoCloseable {
        private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

        void start() {
            scheduler.scheduleAtFixedRate(PeriodicSchedules::poll, 0, 1, TimeUnit.SECONDS);
        }

        @Override
        public void close() {
            scheduler.shutdownNow();
        }
    }

    static final class OwnedThroughTheConstructor implements AutoCloseable {
        private final ScheduledExecutorService scheduler;

        OwnedThroughTheConstructor() {
            scheduler = new ScheduledThreadPoolExecutor(1);
        }

        void start() {
            scheduler.scheduleAtFixedRate(PeriodicSchedules::poll, 0, 1, TimeUnit.SECONDS);
        }

        @Override
        public void close() {
            scheduler.shutdown();
        }
    }

    static final class LocalExecutor {
        void sample() throws InterruptedException {
            try (ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor()) {
                scheduler.scheduleAtFixedRate(PeriodicSchedules::poll, 0, 1, TimeUnit.SECONDS);
                Thread.sleep(5_000);
            }
        }

        void stop() {
        }
    }

    static final class OneShotSchedule implements AutoCloseable {
        private final ScheduledExecutorService scheduler;

        OneShotSchedule(ScheduledExecutorService scheduler) {
            this.scheduler = scheduler;
        }

        void later() {
            scheduler.schedule(PeriodicSchedules::poll, 1, TimeUnit.SECONDS);
        }

        @Override
        public void close() {
        }
    }

    static final class NoLifecycleEnd {
        private final ScheduledExecutorService scheduler;

        NoLifecycleEnd(ScheduledExecutorService scheduler) {
            this.scheduler = scheduler;
        }

        void start() {
            scheduler.scheduleAtFixedRate(PeriodicSchedules::poll, 0, 1, TimeUnit.SECONDS);
        }
    }

    static final class FutureReturned {
        private final ScheduledExecutorService scheduler;

        FutureReturned(ScheduledExecutorService scheduler) {
            this.scheduler = scheduler;
        }

        ScheduledFuture<?> start() {
            return scheduler.scheduleAtFixedRate(PeriodicSchedules::poll, 0, 1, TimeUnit.SECONDS);
        }

        void stop() {
        }
    }

    static final class FuturesAddedToAList implements AutoCloseable {
        private final ScheduledExecutorService scheduler;
        private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

        FuturesAddedToAList(ScheduledExecutorService scheduler) {
            this.scheduler = scheduler;
        }

        void start() {
            tasks.add(scheduler.scheduleAtFixedRate(PeriodicSchedules::poll, 0, 1, TimeUnit.SECONDS));
        }

        @Override
        public void close() {
            tasks.forEach(task -> task.cancel(false));
        }
    }

    static final class FutureFieldReturnedByGetter implements AutoCloseable {
        private final ScheduledExecutorService scheduler;
        private ScheduledFuture<?> refresh;

        FutureFieldReturnedByGetter(ScheduledExecutorService scheduler) {
            this.scheduler = scheduler;
        }

        void start() {
            refresh = scheduler.scheduleAtFixedRate(PeriodicSchedules::poll, 0, 1, TimeUnit.SECONDS);
        }

        ScheduledFuture<?> refresh() {
            return refresh;
        }

        @Override
        public void close() {
        }
    }

    static final class FutureCancelledInTheMethod {
        private final ScheduledExecutorService scheduler;

        FutureCancelledInTheMethod(ScheduledExecutorService scheduler) {
            this.scheduler = scheduler;
        }

        void burst(int seconds) throws InterruptedException {
            ScheduledFuture<?> sampling = scheduler.scheduleAtFixedRate(PeriodicSchedules::poll, 0, 100,
                    TimeUnit.MILLISECONDS);
            try {
                for (int second = 0; second < seconds; second++) {
                    Thread.sleep(1_000);
                }
            } finally {
                sampling.cancel(true);
            }
        }

        void stop() {
        }
    }

    static final class FutureCapturedByALambda {
        private final ScheduledExecutorService scheduler;
        private Runnable onClose;

        FutureCapturedByALambda(ScheduledExecutorService scheduler) {
            this.scheduler = scheduler;
        }

        void start() {
            ScheduledFuture<?> polling = scheduler.scheduleAtFixedRate(PeriodicSchedules::poll, 0, 1, TimeUnit.SECONDS);
            onClose = () -> polling.cancel(false);
        }

        void close() {
            onClose.run();
        }
    }

    /** Who owns another object's executor is not known here. */
    static final class FieldOfAnotherObject implements AutoCloseable {
        void start(Holder holder) {
            holder.scheduler.scheduleAtFixedRate(PeriodicSchedules::poll, 0, 1, TimeUnit.SECONDS);
        }

        @Override
        public void close() {
        }
    }

    /** java.util.Timer has methods of the same names; they are the timer rule's business. */
    static final class TimerMethodsOfTheSameName implements AutoCloseable {
        private final Timer timer;

        TimerMethodsOfTheSameName(Timer timer) {
            this.timer = timer;
        }

        void start(TimerTask task) {
            timer.scheduleAtFixedRate(task, 0, 1_000);
        }

        @Override
        public void close() {
        }
    }

    /** The executor is created in the method, then captured: the executor rules judge it, and the lambda cannot tell. */
    static final class CapturedLocalExecutor {
        Runnable starter() {
            ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
            return () -> scheduler.scheduleAtFixedRate(PeriodicSchedules::poll, 0, 1, TimeUnit.SECONDS);
        }

        void stop() {
        }
    }

    static void poll() {
    }

    static final class Holder {
        ScheduledExecutorService scheduler;
    }

    static final class Schedulers {
        static final ScheduledExecutorService SHARED = Executors.newScheduledThreadPool(2);

        private Schedulers() {
        }

        static ScheduledExecutorService shared() {
            return SHARED;
        }
    }

    @Target(ElementType.METHOD)
    @interface PreDestroy {
    }
}
