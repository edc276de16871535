package io.github.leakhound.rules.timer;

import static io.github.leakhound.rules.MarkedSources.assertFindsExactlyTheMarkedLines;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local timers: a {@code java.util.Timer} created in code is judged exactly like a local executor, with release
 * {@code cancel()}; a {@code javax.swing.Timer} only once the same code starts it, with release {@code stop()}.
 */
class TimerNotCancelledLocalTest {

    @TempDir
    Path root;

    // ---- reported ----

    @Test
    void timerNeverCancelledIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.Timer;
                import java.util.TimerTask;

                class Reminder {
                    void remind(TimerTask task) {
                        Timer timer = new Timer(); // expect: LEAK_TIMER_NOT_CANCELLED
                        timer.schedule(task, 1000);
                    }
                }
                """);
    }

    @Test
    void daemonTimersNeverCancelledAreReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.Timer;
                import java.util.TimerTask;

                class Reminder {
                    void remind(TimerTask task) {
                        Timer daemon = new Timer(true); // expect: LEAK_TIMER_NOT_CANCELLED
                        daemon.schedule(task, 1000);
                    }

                    void remindNamed(TimerTask task) {
                        Timer named = new Timer("reminder", true); // expect: LEAK_TIMER_NOT_CANCELLED
                        named.schedule(task, 1000);
                    }
                }
                """);
    }

    @Test
    void timerScheduledThenCancelledWithoutFinallyIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.Timer;
                import java.util.TimerTask;

                class Reminder {
                    void remind(TimerTask task) {
                        Timer timer = new Timer(); // expect: LEAK_TIMER_NOT_CANCELLED
                        timer.schedule(task, 1000);
                        timer.cancel();
                    }
                }
                """);
    }

    @Test
    void timerCancelledOnlyInsideIfIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.Timer;

                class Reminder {
                    void remind(boolean done) {
                        Timer timer = new Timer(); // expect: LEAK_TIMER_NOT_CANCELLED
                        if (done) {
                            timer.cancel();
                        }
                    }
                }
                """);
    }

    @Test
    void timerCancelledOnlyInCatchIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.Timer;
                import java.util.TimerTask;

                class Reminder {
                    void remind(TimerTask task) {
                        Timer timer = new Timer(); // expect: LEAK_TIMER_NOT_CANCELLED
                        try {
                            timer.schedule(task, 1000);
                        } catch (IllegalStateException failure) {
                            timer.cancel();
                        }
                    }
                }
                """);
    }

    @Test
    void earlyReturnBeforeCancelIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.Timer;

                class Reminder {
                    void remind(int count) {
                        Timer timer = new Timer(); // expect: LEAK_TIMER_NOT_CANCELLED
                        if (count == 0) {
                            return;
                        }
                        timer.cancel();
                    }
                }
                """);
    }

    @Test
    void timerUsedWithoutVariableIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.Timer;
                import java.util.TimerTask;

                class Reminder {
                    void remind(TimerTask task) {
                        new Timer().schedule(task, 1000); // expect: LEAK_TIMER_NOT_CANCELLED
                    }
                }
                """);
    }

    @Test
    void timerCreatedAndDroppedIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.Timer;

                class Reminder {
                    void warmUp() {
                        new Timer("warm-up"); // expect: LEAK_TIMER_NOT_CANCELLED
                    }
                }
                """);
    }

    @Test
    void anonymousTimerTaskPassedToScheduleIsAUseNotAHandOff() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.Timer;
                import java.util.TimerTask;

                class Reminder {
                    void remind(Runnable work) {
                        Timer timer = new Timer(); // expect: LEAK_TIMER_NOT_CANCELLED
                        timer.schedule(new TimerTask() {
                            @Override
                            public void run() {
                                work.run();
                            }
                        }, 1000);
                    }
                }
                """);
    }

    @Test
    void timersInLambdaConstructorStaticInitializerAndByQualifiedNameAreReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.List;
                import java.util.Timer;
                import java.util.TimerTask;

                class Reminders {
                    static {
                        Timer warm = new Timer(); // expect: LEAK_TIMER_NOT_CANCELLED
                        warm.purge();
                    }

                    Reminders() {
                        java.util.Timer boot = new java.util.Timer(); // expect: LEAK_TIMER_NOT_CANCELLED
                        boot.purge();
                    }

                    void remind(List<TimerTask> tasks) {
                        tasks.forEach(task -> {
                            Timer timer = new Timer(); // expect: LEAK_TIMER_NOT_CANCELLED
                            timer.schedule(task, 10);
                        });
                    }
                }
                """);
    }

    @Test
    void timerLentOnlyToBorrowersIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.Objects;
                import java.util.Timer;

                class Reminder {
                    void remind() {
                        Timer timer = new Timer(); // expect: LEAK_TIMER_NOT_CANCELLED
                        System.out.println("created " + Objects.requireNonNull(timer));
                    }
                }
                """);
    }

    @Test
    void startedSwingTimerNeverStoppedIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.awt.event.ActionListener;
                import javax.swing.Timer;

                class Blinker {
                    void blink(ActionListener toggle) {
                        Timer timer = new Timer(500, toggle); // expect: LEAK_TIMER_NOT_CANCELLED
                        timer.start();
                    }
                }
                """);
    }

    @Test
    void restartedSwingTimerNeverStoppedIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.awt.event.ActionListener;
                import javax.swing.Timer;

                class Blinker {
                    void blink(ActionListener toggle) {
                        Timer timer = new Timer(500, toggle); // expect: LEAK_TIMER_NOT_CANCELLED
                        timer.setRepeats(true);
                        timer.restart();
                    }
                }
                """);
    }

    @Test
    void swingTimerStartedWithoutVariableIsReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.awt.event.ActionListener;

                class Blinker {
                    void blink(ActionListener toggle) {
                        new javax.swing.Timer(500, toggle).start(); // expect: LEAK_TIMER_NOT_CANCELLED
                    }
                }
                """);
    }

    // ---- not reported ----

    @Test
    void timerCancelledInFinallyIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.Timer;
                import java.util.TimerTask;

                class Reminder {
                    void remind(TimerTask task) throws InterruptedException {
                        Timer timer = new Timer();
                        try {
                            timer.schedule(task, 10);
                            Thread.sleep(100);
                        } finally {
                            timer.cancel();
                        }
                    }

                    void remindGuarded(TimerTask task) {
                        Timer timer = null;
                        try {
                            timer = new Timer();
                            timer.schedule(task, 10);
                        } finally {
                            if (timer != null) {
                                timer.cancel();
                            }
                        }
                    }
                }
                """);
    }

    @Test
    void timerCancelledWithNoCallInBetweenIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.Timer;

                class Reminder {
                    void probe() {
                        Timer timer = new Timer();
                        timer.cancel();
                    }
                }
                """);
    }

    @Test
    void timerHandedOnIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.List;
                import java.util.Timer;

                class Reminders {
                    private final List<Timer> timers;

                    Reminders(List<Timer> timers) {
                        this.timers = timers;
                    }

                    Timer returned() {
                        Timer timer = new Timer();
                        return timer;
                    }

                    void collected() {
                        Timer timer = new Timer();
                        timers.add(timer);
                    }

                    Scheduler constructed() {
                        return new Scheduler(new Timer());
                    }

                    Timer[] inArray() {
                        Timer[] all = {new Timer()};
                        return all;
                    }

                    void hooked() {
                        Timer timer = new Timer();
                        Runtime.getRuntime().addShutdownHook(new Thread(timer::cancel));
                    }

                    record Scheduler(Timer timer) {
                    }
                }
                """);
    }

    @Test
    void timerCapturedByTheTimerTaskThatCancelsItIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.Timer;
                import java.util.TimerTask;

                class Countdown {
                    void start(Runnable tick) {
                        Timer timer = new Timer();
                        timer.scheduleAtFixedRate(new TimerTask() {
                            private int left = 10;

                            @Override
                            public void run() {
                                tick.run();
                                if (--left == 0) {
                                    timer.cancel();
                                }
                            }
                        }, 0, 1000);
                    }
                }
                """);
    }

    @Test
    void timerCapturedByLambdaIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.Timer;

                class Reminder {
                    Runnable stopper() {
                        Timer timer = new Timer();
                        Runnable stop = () -> timer.cancel();
                        return stop;
                    }
                }
                """);
    }

    @Test
    void swingTimerNeverStartedIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.awt.event.ActionListener;
                import javax.swing.Timer;

                class Blinker {
                    int delayOf(ActionListener toggle) {
                        Timer timer = new Timer(500, toggle);
                        timer.setRepeats(false);
                        return timer.getDelay();
                    }

                    void dropped(ActionListener toggle) {
                        new Timer(500, toggle);
                        new Timer(500, toggle).setCoalesce(true);
                    }
                }
                """);
    }

    @Test
    void swingTimerStoppedInFinallyIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.awt.event.ActionListener;
                import javax.swing.Timer;

                class Blinker {
                    void blinkWhile(ActionListener toggle, Runnable work) {
                        Timer timer = new Timer(500, toggle);
                        try {
                            timer.start();
                            work.run();
                        } finally {
                            timer.stop();
                        }
                    }
                }
                """);
    }

    @Test
    void swingTimerStartedAndHandedOnIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.awt.event.ActionListener;
                import javax.swing.Timer;

                class Blinker {
                    private Timer current;

                    Timer blink(ActionListener toggle) {
                        Timer timer = new Timer(500, toggle);
                        timer.start();
                        return timer;
                    }

                    void blinkAndKeep(ActionListener toggle) {
                        Timer timer = new Timer(500, toggle);
                        timer.start();
                        current = timer;
                    }

                    void close() {
                        current.stop();
                    }
                }
                """);
    }

    @Test
    void userClassNamedTimerIsNotReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                class Stopwatch {
                    long measure(Runnable work) {
                        Timer timer = new Timer();
                        work.run();
                        return timer.elapsed();
                    }
                }
                """, """
                package demo;

                class Timer {
                    private final long start = System.nanoTime();

                    long elapsed() {
                        return System.nanoTime() - start;
                    }
                }
                """);
    }
}
