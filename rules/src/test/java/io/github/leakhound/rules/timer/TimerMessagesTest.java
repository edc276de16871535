package io.github.leakhound.rules.timer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Rule;
import io.github.leakhound.core.Severity;
import io.github.leakhound.rules.MarkedSources;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Timer and periodic-task messages name the timer, field or scheduler, say what keeps running, and give the fix. */
class TimerMessagesTest {

    @TempDir
    Path root;

    private List<Finding> findings(String source) {
        return MarkedSources.analyze(root, source).findings().stream()
                .sorted(Comparator.comparingInt(finding -> finding.location().line()))
                .toList();
    }

    @Test
    void localTimerIsAnErrorThatNamesTheTimerAndTheFix() {
        List<Finding> findings = findings("""
                package demo;

                import java.awt.event.ActionListener;
                import java.util.Timer;
                import java.util.TimerTask;

                class Reminder {
                    void remind(TimerTask task) {
                        Timer timer = new Timer();
                        timer.schedule(task, 1000);
                        timer.cancel();
                    }

                    void blink(ActionListener toggle) {
                        javax.swing.Timer blink = new javax.swing.Timer(500, toggle);
                        blink.start();
                    }
                }
                """);

        assertEquals(List.of(Severity.ERROR, Severity.ERROR), findings.stream().map(Finding::severity).toList());
        assertEquals(List.of(
                "Timer `timer` created here is not cancelled on every path: if the call on line 10 throws, cancel()"
                        + " is never reached and its thread outlives this call. Cancel it in a finally block, or"
                        + " schedule on a shared ScheduledExecutorService instead.",
                "Timer `blink` created here is never stopped: it keeps firing, and keeps its listeners reachable,"
                        + " after this call."
                        + " Call stop() in a finally block, or keep it in a field and stop it when its owner is done."),
                findings.stream().map(Finding::message).toList());
    }

    @Test
    void timerFieldIsAWarningThatNamesTheFieldAndTheFix() {
        List<Finding> findings = findings("""
                package demo;

                import java.util.Timer;

                class SessionReaper {
                    private final Timer reaper = new Timer(true);
                }
                """);

        assertEquals(1, findings.size());
        assertEquals(Rule.LEAK_TIMER_NOT_CANCELLED, findings.get(0).rule());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals("Field `reaper` is assigned a new Timer (new Timer(...)) here, but nothing in the analysed"
                + " program ever cancels it and it never escapes to code that could: its thread keeps running after"
                + " the object is no longer used. Cancel it in the class's close()/stop() method (implement"
                + " AutoCloseable) or in a @PreDestroy method.", findings.get(0).message());
    }

    @Test
    void periodicTaskIsAWarningThatNamesTheSchedulerTheFutureAndTheLifecycleEnd() {
        List<Finding> findings = findings("""
                package demo;

                import java.util.concurrent.ScheduledExecutorService;
                import java.util.concurrent.ScheduledFuture;
                import java.util.concurrent.TimeUnit;

                class Poller implements AutoCloseable {
                    private ScheduledFuture<?> polling;

                    void dropped(ScheduledExecutorService scheduler, Runnable poll) {
                        scheduler.scheduleAtFixedRate(poll, 0, 1, TimeUnit.SECONDS);
                    }

                    void local(ScheduledExecutorService scheduler, Runnable poll) {
                        ScheduledFuture<?> once = scheduler.scheduleAtFixedRate(poll, 0, 1, TimeUnit.SECONDS);
                    }

                    void field(ScheduledExecutorService scheduler, Runnable poll) {
                        polling = scheduler.scheduleAtFixedRate(poll, 0, 1, TimeUnit.SECONDS);
                    }

                    @Override
                    public void close() {
                    }
                }
                """);

        assertEquals(List.of(Severity.WARNING, Severity.WARNING, Severity.WARNING),
                findings.stream().map(Finding::severity).toList());
        String prefix = "Periodic task scheduled here on `scheduler`, an executor this class does not own, is never"
                + " cancelled: ";
        String suffix = ", so the task keeps running, and keeps this object reachable, after close(). ";
        assertEquals(List.of(
                prefix + "the ScheduledFuture it returns is dropped" + suffix
                        + "Keep the ScheduledFuture in a field and cancel it in close().",
                prefix + "its ScheduledFuture `once` is neither cancelled nor kept" + suffix
                        + "Keep the ScheduledFuture in a field and cancel it in close().",
                prefix + "nothing in the analysed program cancels the ScheduledFuture kept in field `polling`" + suffix
                        + "Cancel `polling` in close()."),
                findings.stream().map(Finding::message).toList());
    }
}
