package io.github.leakhound.rules.timer;

import static io.github.leakhound.rules.MarkedSources.assertFindsExactlyTheMarkedLines;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Timer fields: judged exactly like executor fields with release {@code cancel()} ({@code stop()} for a
 * {@code javax.swing.Timer}, which counts only when some code starts it); there is no "timer overwritten" rule.
 */
class TimerNotCancelledFieldTest {

    @TempDir
    Path root;

    // ---- reported ----

    @Test
    void inlineTimerFieldNeverCancelledIsReportedAtTheDeclaration() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.Timer;
                import java.util.TimerTask;

                class SessionReaper {
                    private final Timer reaper = new Timer("reaper", true); // expect: LEAK_TIMER_NOT_CANCELLED

                    void watch(TimerTask sweep) {
                        reaper.schedule(sweep, 0, 60_000);
                    }
                }
                """);
    }

    @Test
    void timerFieldAssignedInConstructorIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.Timer;

                class SessionReaper {
                    private final Timer reaper;

                    SessionReaper() {
                        this.reaper = new Timer(); // expect: LEAK_TIMER_NOT_CANCELLED
                    }
                }
                """);
    }

    @Test
    void staticTimerFieldAssignedInStaticInitializerIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.Timer;

                class Heartbeat {
                    private static final Timer BEAT;

                    static {
                        BEAT = new Timer(true); // expect: LEAK_TIMER_NOT_CANCELLED
                    }
                }
                """);
    }

    @Test
    void timerFieldAssignedThroughLocalVariableIsReportedAtTheFieldAssignment() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.Timer;
                import java.util.TimerTask;

                class SessionReaper {
                    private Timer reaper;

                    void start(TimerTask sweep) {
                        Timer created = new Timer();
                        created.schedule(sweep, 0, 1000);
                        reaper = created; // expect: LEAK_TIMER_NOT_CANCELLED
                    }
                }
                """);
    }

    @Test
    void reassignedTimerFieldIsReportedAtEveryAssignmentAndNeverAsOverwritten() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.Timer;

                class SessionReaper {
                    private Timer reaper = new Timer(); // expect: LEAK_TIMER_NOT_CANCELLED

                    void reset() {
                        reaper = new Timer(); // expect: LEAK_TIMER_NOT_CANCELLED
                    }
                }
                """);
    }

    @Test
    void timerFieldOnlyPurgedIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.Timer;

                class SessionReaper implements AutoCloseable {
                    private final Timer reaper = new Timer(); // expect: LEAK_TIMER_NOT_CANCELLED

                    @Override
                    public void close() {
                        reaper.purge();
                    }
                }
                """);
    }

    @Test
    void cancelOfSameNamedFieldInAnotherClassDoesNotCount() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.Timer;

                class SessionReaper {
                    private final Timer timer = new Timer(); // expect: LEAK_TIMER_NOT_CANCELLED
                }

                class CacheReaper {
                    private final Timer timer;

                    CacheReaper(Timer shared) {
                        this.timer = shared;
                    }

                    void close() {
                        timer.cancel();
                    }
                }
                """);
    }

    @Test
    void startedSwingTimerFieldNeverStoppedIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.awt.event.ActionListener;
                import javax.swing.Timer;

                class Cursor {
                    private final Timer blink;

                    Cursor(ActionListener toggle) {
                        blink = new Timer(500, toggle); // expect: LEAK_TIMER_NOT_CANCELLED
                    }

                    void focus() {
                        blink.restart();
                    }
                }
                """);
    }

    // ---- not reported ----

    @Test
    void timerFieldCancelledInCloseIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.Timer;

                class SessionReaper implements AutoCloseable {
                    private final Timer reaper = new Timer();

                    @Override
                    public void close() {
                        reaper.cancel();
                    }
                }
                """);
    }

    @Test
    void timerFieldCancelledByItsOwnTimerTaskIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.Timer;
                import java.util.TimerTask;
                import java.util.function.BooleanSupplier;

                class Countdown {
                    private final Timer timer = new Timer();

                    void start(Runnable tick, BooleanSupplier done) {
                        timer.schedule(new TimerTask() {
                            @Override
                            public void run() {
                                if (done.getAsBoolean()) {
                                    timer.cancel();
                                } else {
                                    tick.run();
                                }
                            }
                        }, 0, 1000);
                    }
                }
                """);
    }

    @Test
    void timerFieldCancelledThroughLocalCopyOrMethodReferenceIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.Timer;

                class SessionReaper {
                    private Timer reaper = new Timer();
                    private static final Timer SHARED = new Timer(true);

                    static {
                        Runtime.getRuntime().addShutdownHook(new Thread(SHARED::cancel));
                    }

                    void stop() {
                        Timer current = reaper;
                        reaper = null;
                        current.cancel();
                    }
                }
                """);
    }

    @Test
    void escapingTimerFieldsAreNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.Timer;

                class Timers {
                    private final Timer exposed = new Timer();
                    private final Timer registered = new Timer();

                    Timer exposed() {
                        return exposed;
                    }

                    void wire(Registry registry) {
                        registry.register(registered);
                    }

                    interface Registry {
                        void register(Timer timer);
                    }
                }
                """);
    }

    @Test
    void timerFieldNotGivenANewTimerIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.Timer;

                class SessionReaper {
                    private final Timer reaper;

                    SessionReaper(Timer shared) {
                        this.reaper = shared;
                    }
                }
                """);
    }

    @Test
    void swingTimerFieldNeverStartedIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.awt.event.ActionListener;
                import javax.swing.Timer;

                class Cursor {
                    private final Timer blink;

                    Cursor(ActionListener toggle) {
                        blink = new Timer(500, toggle);
                        blink.setRepeats(true);
                    }

                    int rate() {
                        return blink.getDelay();
                    }
                }
                """);
    }

    @Test
    void swingTimerFieldStoppedInDisposeIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.awt.event.ActionListener;
                import javax.swing.Timer;

                class Cursor {
                    private final Timer blink;

                    Cursor(ActionListener toggle) {
                        blink = new Timer(500, toggle);
                        blink.start();
                    }

                    void dispose() {
                        blink.stop();
                    }
                }
                """);
    }
}
