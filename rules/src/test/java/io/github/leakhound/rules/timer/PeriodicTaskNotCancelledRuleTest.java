package io.github.leakhound.rules.timer;

import static io.github.leakhound.rules.MarkedSources.assertFindsExactlyTheMarkedLines;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Periodic tasks: reported when scheduled on an executor the class does not own, with a future that is never
 * cancelled, in a class that has a lifecycle end.
 */
class PeriodicTaskNotCancelledRuleTest {

    @TempDir
    Path root;

    // ---- reported: whose executor ----

    @Test
    void periodicTaskOnParameterWithDroppedFutureIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ScheduledExecutorService;
                import java.util.concurrent.TimeUnit;

                class MetricsReporter implements AutoCloseable {
                    MetricsReporter(ScheduledExecutorService scheduler) {
                        scheduler.scheduleAtFixedRate(this::report, 1, 1, TimeUnit.MINUTES); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
                    }

                    private void report() {
                    }

                    @Override
                    public void close() {
                    }
                }
                """);
    }

    @Test
    void scheduleWithFixedDelayIsReportedLikeScheduleAtFixedRate() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ScheduledExecutorService;
                import java.util.concurrent.TimeUnit;

                class CachePurger {
                    void start(ScheduledExecutorService scheduler, Runnable purge) {
                        scheduler.scheduleWithFixedDelay(purge, 0, 30, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
                    }

                    void stop() {
                    }
                }
                """);
    }

    @Test
    void periodicTaskOnInjectedFieldIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ScheduledExecutorService;
                import java.util.concurrent.TimeUnit;

                class LeaseRenewer {
                    @Inject
                    private ScheduledExecutorService scheduler;

                    void start(Runnable renew) {
                        this.scheduler.scheduleAtFixedRate(renew, 0, 10, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
                    }

                    void shutdown() {
                    }

                    @interface Inject {
                    }
                }
                """);
    }

    @Test
    void periodicTaskOnFieldAssignedFromParameterIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ScheduledThreadPoolExecutor;
                import java.util.concurrent.TimeUnit;

                class LeaseRenewer {
                    private final ScheduledThreadPoolExecutor scheduler;

                    LeaseRenewer(ScheduledThreadPoolExecutor scheduler) {
                        this.scheduler = scheduler;
                    }

                    void start(Runnable renew) {
                        scheduler.scheduleAtFixedRate(renew, 0, 10, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
                    }

                    void dispose() {
                    }
                }
                """);
    }

    @Test
    void periodicTaskOnStaticFieldOfAnotherClassIsReportedEvenThoughThatClassCreatesIt() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.TimeUnit;

                class PresenceTracker {
                    void track(Runnable ping) {
                        Schedulers.SHARED.scheduleAtFixedRate(ping, 0, 5, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
                    }

                    void destroy() {
                    }
                }
                """, """
                package demo;

                import java.util.concurrent.Executors;
                import java.util.concurrent.ScheduledExecutorService;

                final class Schedulers {
                    static final ScheduledExecutorService SHARED = Executors.newScheduledThreadPool(2);

                    static void shutdown() {
                        SHARED.shutdown();
                    }
                }
                """);
    }

    @Test
    void periodicTaskOnStaticallyImportedFieldOfAnotherClassIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import static demo.shared.Schedulers.SHARED;

                import java.util.concurrent.TimeUnit;

                class PresenceTracker {
                    void track(Runnable ping) {
                        SHARED.scheduleAtFixedRate(ping, 0, 5, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
                    }

                    void destroy() {
                    }
                }
                """);
    }

    @Test
    void periodicTaskOnMethodResultIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.TimeUnit;

                class PresenceTracker {
                    void track(Runnable ping) {
                        Schedulers.shared().scheduleAtFixedRate(ping, 0, 5, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
                    }

                    void stop() {
                    }
                }
                """);
    }

    @Test
    void periodicTaskOnLocalCopyOfParameterIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ScheduledExecutorService;
                import java.util.concurrent.TimeUnit;

                class PresenceTracker {
                    void track(ScheduledExecutorService given, Runnable ping) {
                        var scheduler = given;
                        scheduler.scheduleAtFixedRate(ping, 0, 5, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
                    }

                    void stop() {
                    }
                }
                """);
    }

    // ---- reported: what becomes of the future ----

    @Test
    void futureKeptInLocalNeverCancelledIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ScheduledExecutorService;
                import java.util.concurrent.ScheduledFuture;
                import java.util.concurrent.TimeUnit;

                class Poller {
                    void start(ScheduledExecutorService scheduler, Runnable poll) {
                        ScheduledFuture<?> polling = scheduler.scheduleAtFixedRate(poll, 0, 1, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
                        System.out.println("polling: " + polling.isDone());
                    }

                    void close() {
                    }
                }
                """);
    }

    @Test
    void futureFieldNeverCancelledIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ScheduledExecutorService;
                import java.util.concurrent.ScheduledFuture;
                import java.util.concurrent.TimeUnit;

                class Poller {
                    private ScheduledFuture<?> polling;

                    void start(ScheduledExecutorService scheduler, Runnable poll) {
                        polling = scheduler.scheduleAtFixedRate(poll, 0, 1, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
                    }

                    boolean running() {
                        return !polling.isDone();
                    }

                    void close() {
                    }
                }
                """);
    }

    @Test
    void cancelOfSameNamedFutureFieldInAnotherClassDoesNotCount() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ScheduledExecutorService;
                import java.util.concurrent.ScheduledFuture;
                import java.util.concurrent.TimeUnit;

                class Poller {
                    private ScheduledFuture<?> task;

                    void start(ScheduledExecutorService scheduler, Runnable poll) {
                        this.task = scheduler.scheduleAtFixedRate(poll, 0, 1, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
                    }

                    void close() {
                    }
                }

                class Pusher {
                    private ScheduledFuture<?> task;

                    void close() {
                        task.cancel(false);
                    }
                }
                """);
    }

    // ---- reported: which classes have a lifecycle end ----

    @Test
    void everyKindOfLifecycleEndIsRecognised() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.io.Closeable;
                import java.util.concurrent.ScheduledExecutorService;
                import java.util.concurrent.TimeUnit;

                class Lifecycles {
                    abstract static class Closing implements Closeable {
                        Closing(ScheduledExecutorService scheduler, Runnable task) {
                            scheduler.scheduleAtFixedRate(task, 0, 1, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
                        }
                    }

                    static class Destroyed {
                        Destroyed(ScheduledExecutorService scheduler, Runnable task) {
                            scheduler.scheduleAtFixedRate(task, 0, 1, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
                        }

                        @jakarta.annotation.PreDestroy
                        void release() {
                        }
                    }

                    record Stopped(ScheduledExecutorService scheduler) {
                        Stopped {
                            scheduler.scheduleWithFixedDelay(() -> { }, 0, 1, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
                        }

                        void stop() {
                        }
                    }
                }
                """);
    }

    @Test
    void innerClassOfAClassWithALifecycleEndIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ScheduledExecutorService;
                import java.util.concurrent.TimeUnit;

                class Connection {
                    private final ScheduledExecutorService scheduler;

                    Connection(ScheduledExecutorService scheduler) {
                        this.scheduler = scheduler;
                    }

                    class KeepAlive {
                        void start() {
                            scheduler.scheduleAtFixedRate(this::ping, 0, 30, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
                        }

                        void ping() {
                        }
                    }

                    void close() {
                    }
                }
                """);
    }

    @Test
    void periodicTaskInLambdaOfAClassWithALifecycleEndIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.List;
                import java.util.concurrent.ScheduledExecutorService;
                import java.util.concurrent.TimeUnit;

                class Probes {
                    void start(ScheduledExecutorService scheduler, List<Runnable> probes) {
                        probes.forEach(probe -> {
                            scheduler.scheduleAtFixedRate(probe, 0, 1, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
                        });
                    }

                    void stop() {
                    }
                }
                """);
    }

    // ---- not reported: the future is taken care of ----

    @Test
    void futureFieldCancelledInCloseIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ScheduledExecutorService;
                import java.util.concurrent.ScheduledFuture;
                import java.util.concurrent.TimeUnit;

                class MetricsReporter implements AutoCloseable {
                    private final ScheduledFuture<?> reporting;

                    MetricsReporter(ScheduledExecutorService scheduler) {
                        reporting = scheduler.scheduleAtFixedRate(this::report, 1, 1, TimeUnit.MINUTES);
                    }

                    private void report() {
                    }

                    @Override
                    public void close() {
                        reporting.cancel(false);
                    }
                }
                """);
    }

    @Test
    void futureFieldCancelledThroughLocalCopyIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ScheduledExecutorService;
                import java.util.concurrent.ScheduledFuture;
                import java.util.concurrent.TimeUnit;

                class Poller {
                    private volatile ScheduledFuture<?> polling;

                    void start(ScheduledExecutorService scheduler, Runnable poll) {
                        polling = scheduler.scheduleWithFixedDelay(poll, 0, 1, TimeUnit.SECONDS);
                    }

                    void stop() {
                        ScheduledFuture<?> current = polling;
                        if (current != null) {
                            current.cancel(true);
                        }
                    }
                }
                """);
    }

    @Test
    void futureFieldWithGetterIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ScheduledExecutorService;
                import java.util.concurrent.ScheduledFuture;
                import java.util.concurrent.TimeUnit;

                class Poller {
                    private ScheduledFuture<?> polling;

                    void start(ScheduledExecutorService scheduler, Runnable poll) {
                        polling = scheduler.scheduleAtFixedRate(poll, 0, 1, TimeUnit.SECONDS);
                    }

                    ScheduledFuture<?> polling() {
                        return polling;
                    }

                    void close() {
                    }
                }
                """);
    }

    @Test
    void futureLocalCancelledIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ScheduledExecutorService;
                import java.util.concurrent.ScheduledFuture;
                import java.util.concurrent.TimeUnit;

                class Poller {
                    void pollFor(ScheduledExecutorService scheduler, Runnable poll) throws InterruptedException {
                        ScheduledFuture<?> polling = scheduler.scheduleAtFixedRate(poll, 0, 1, TimeUnit.SECONDS);
                        Thread.sleep(10_000);
                        polling.cancel(false);
                    }

                    void close() {
                    }
                }
                """);
    }

    @Test
    void futureHandedOnIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.ArrayList;
                import java.util.List;
                import java.util.concurrent.ScheduledExecutorService;
                import java.util.concurrent.ScheduledFuture;
                import java.util.concurrent.TimeUnit;

                class Poller implements AutoCloseable {
                    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();
                    private ScheduledFuture<?> last;

                    ScheduledFuture<?> returned(ScheduledExecutorService scheduler, Runnable poll) {
                        return scheduler.scheduleAtFixedRate(poll, 0, 1, TimeUnit.SECONDS);
                    }

                    void collected(ScheduledExecutorService scheduler, Runnable poll) {
                        tasks.add(scheduler.scheduleAtFixedRate(poll, 0, 1, TimeUnit.SECONDS));
                    }

                    ScheduledFuture<?> returnedLocal(ScheduledExecutorService scheduler, Runnable poll) {
                        ScheduledFuture<?> polling = scheduler.scheduleAtFixedRate(poll, 0, 1, TimeUnit.SECONDS);
                        return polling;
                    }

                    void collectedLocal(ScheduledExecutorService scheduler, Runnable poll) {
                        ScheduledFuture<?> polling = scheduler.scheduleAtFixedRate(poll, 0, 1, TimeUnit.SECONDS);
                        tasks.add(polling);
                    }

                    void storedLocal(ScheduledExecutorService scheduler, Runnable poll) {
                        ScheduledFuture<?> polling = scheduler.scheduleAtFixedRate(poll, 0, 1, TimeUnit.SECONDS);
                        last = polling;
                    }

                    @Override
                    public void close() {
                        tasks.forEach(task -> task.cancel(false));
                        last.cancel(false);
                    }
                }
                """);
    }

    @Test
    void futureThatAnExpressionLambdaMayReturnIsNotReported() {
        // Without the functional interface's type the source cannot tell a Consumer (dropped) from a Function.
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.List;
                import java.util.concurrent.ScheduledExecutorService;
                import java.util.concurrent.TimeUnit;

                class Probes {
                    void start(ScheduledExecutorService scheduler, List<Runnable> probes) {
                        probes.forEach(probe -> scheduler.scheduleAtFixedRate(probe, 0, 1, TimeUnit.SECONDS));
                    }

                    void stop() {
                    }
                }
                """);
    }

    // ---- not reported: the executor is the class's own ----

    @Test
    void periodicTaskOnLocallyCreatedExecutorIsLeftToTheExecutorRule() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.Executors;
                import java.util.concurrent.ScheduledExecutorService;
                import java.util.concurrent.TimeUnit;

                class Poller {
                    void start(Runnable poll) {
                        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                        scheduler.scheduleAtFixedRate(poll, 0, 1, TimeUnit.SECONDS);
                    }

                    void close() {
                    }
                }
                """);
    }

    @Test
    void periodicTaskOnFieldTheClassCreatesIsLeftToTheExecutorRules() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.Executors;
                import java.util.concurrent.ScheduledExecutorService;
                import java.util.concurrent.ScheduledThreadPoolExecutor;
                import java.util.concurrent.TimeUnit;

                class Poller implements AutoCloseable {
                    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
                    private final ScheduledThreadPoolExecutor leaky;

                    Poller() {
                        leaky = new ScheduledThreadPoolExecutor(1); // expect: LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN
                    }

                    void start(Runnable poll) {
                        scheduler.scheduleAtFixedRate(poll, 0, 1, TimeUnit.SECONDS);
                        leaky.scheduleWithFixedDelay(poll, 0, 1, TimeUnit.SECONDS);
                    }

                    @Override
                    public void close() {
                        scheduler.shutdownNow();
                    }
                }
                """);
    }

    @Test
    void periodicTaskOnFieldTheOuterClassCreatesIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.Executors;
                import java.util.concurrent.ScheduledExecutorService;
                import java.util.concurrent.TimeUnit;

                class Connection implements AutoCloseable {
                    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

                    class KeepAlive {
                        void start(Runnable ping) {
                            scheduler.scheduleAtFixedRate(ping, 0, 30, TimeUnit.SECONDS);
                        }
                    }

                    @Override
                    public void close() {
                        scheduler.shutdown();
                    }
                }
                """);
    }

    @Test
    void receiversWhoseOwnerIsUnknownAreNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ScheduledExecutorService;
                import java.util.concurrent.TimeUnit;

                class Poller extends ScheduledBase {
                    void inherited(Runnable poll) {
                        scheduler.scheduleAtFixedRate(poll, 0, 1, TimeUnit.SECONDS);
                    }

                    void ofAnotherObject(Config config, Runnable poll) {
                        config.scheduler.scheduleAtFixedRate(poll, 0, 1, TimeUnit.SECONDS);
                    }

                    void reassigned(ScheduledExecutorService given, Runnable poll) {
                        ScheduledExecutorService scheduler = given;
                        scheduler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                        scheduler.scheduleAtFixedRate(poll, 0, 1, TimeUnit.SECONDS);
                    }

                    void close() {
                    }

                    static class Config {
                        ScheduledExecutorService scheduler;
                    }
                }
                """);
    }

    // ---- not reported: not a periodic task, or no lifecycle end ----

    @Test
    void oneShotScheduleIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ScheduledExecutorService;
                import java.util.concurrent.TimeUnit;

                class Retrier implements AutoCloseable {
                    void retryLater(ScheduledExecutorService scheduler, Runnable attempt) {
                        scheduler.schedule(attempt, 5, TimeUnit.SECONDS);
                    }

                    @Override
                    public void close() {
                    }
                }
                """);
    }

    @Test
    void timerScheduleAtFixedRateIsNotAPeriodicExecutorTask() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.Timer;
                import java.util.TimerTask;

                class Ticker implements AutoCloseable {
                    private final Timer shared;

                    Ticker(Timer shared) {
                        this.shared = shared;
                    }

                    void start(TimerTask tick) {
                        shared.scheduleAtFixedRate(tick, 0, 1000);
                        timers().scheduleAtFixedRate(tick, 0, 1000);
                    }

                    private static Timer timers() {
                        return null;
                    }

                    @Override
                    public void close() {
                    }
                }
                """);
    }

    @Test
    void lifecycleEndInheritedFromASuperclassDoesNotCount() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ScheduledExecutorService;
                import java.util.concurrent.TimeUnit;

                class Heartbeat extends Component {
                    Heartbeat(ScheduledExecutorService scheduler, Runnable beat) {
                        scheduler.scheduleAtFixedRate(beat, 0, 1, TimeUnit.SECONDS);
                    }
                }

                abstract class Component implements AutoCloseable {
                    @Override
                    public void close() {
                    }
                }
                """);
    }

    @Test
    void classWithoutLifecycleEndIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ScheduledExecutorService;
                import java.util.concurrent.TimeUnit;

                class Heartbeat {
                    Heartbeat(ScheduledExecutorService scheduler, Runnable beat) {
                        scheduler.scheduleAtFixedRate(beat, 0, 1, TimeUnit.SECONDS);
                    }

                    void closeQuietly() {
                    }

                    void onStop() {
                    }
                }

                class Closer implements AutoCloseable {
                    @Override
                    public void close() {
                    }
                }
                """);
    }
}
