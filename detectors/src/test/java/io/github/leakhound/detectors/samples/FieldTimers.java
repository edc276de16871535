package io.github.leakhound.detectors.samples;

import java.awt.event.ActionListener;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Timers kept in fields (LEAK_TIMER_NOT_CANCELLED, field form). Each nested class is one case; a marker ends the
 * line where a finding must be reported.
 */
@SuppressWarnings("unused")
public final class FieldTimers {

    private FieldTimers() {
    }

    // ---- reported ----

    static final class NeverCancelled {
        private final Timer timer = new Timer("heartbeat", true); // expect: LEAK_TIMER_NOT_CANCELLED

        void every(TimerTask beat, long millis) {
            timer.schedule(beat, 0, millis);
        }
    }

    static final class AssignedInConstructor {
        private final Timer timer;

        AssignedInConstructor() {
            timer = new Timer(); // expect: LEAK_TIMER_NOT_CANCELLED
        }

        void later(TimerTask task) {
            timer.schedule(task, 1_000);
        }
    }

    static final class AssignedThroughLocalVariable {
        private final Timer timer;

        AssignedThroughLocalVariable(String name) {
            Timer created = new Timer(name, true);
            this.timer = created; // expect: LEAK_TIMER_NOT_CANCELLED
        }

        void later(TimerTask task) {
            timer.schedule(task, 1_000);
        }
    }

    static final class StaticNeverCancelled {
        private static final Timer EXPIRY = new Timer(true); // expect: LEAK_TIMER_NOT_CANCELLED

        static void expireLater(TimerTask expiry) {
            EXPIRY.schedule(expiry, 30_000);
        }
    }

    static final class PurgedButNeverCancelled {
        private final Timer timer = new Timer(true); // expect: LEAK_TIMER_NOT_CANCELLED

        void tidy() {
            timer.purge();
        }
    }

    static final class LazilyCreatedNeverCancelled {
        private Timer timer;

        void later(TimerTask task) {
            if (timer == null) {
                timer = new Timer(true); // expect: LEAK_TIMER_NOT_CANCELLED
            }
            timer.schedule(task, 1_000);
        }
    }

    static final class SwingTimerStartedNeverStopped {
        private final javax.swing.Timer blink = new javax.swing.Timer(500, event -> { }); // expect: LEAK_TIMER_NOT_CANCELLED

        void show() {
            blink.start();
        }
    }

    static final class SwingTimerStartedByAnotherClass {
        final javax.swing.Timer refresh = new javax.swing.Timer(1_000, event -> { }); // expect: LEAK_TIMER_NOT_CANCELLED
    }

    static final class StartsAnotherClassesSwingTimer {
        void show(SwingTimerStartedByAnotherClass dashboard) {
            dashboard.refresh.start();
        }
    }

    // ---- silent ----

    static final class CancelledInClose implements AutoCloseable {
        private final Timer timer = new Timer(true);

        void later(TimerTask task) {
            timer.schedule(task, 1_000);
        }

        @Override
        public void close() {
            timer.cancel();
        }
    }

    static final class CancelledInPreDestroy {
        private final Timer timer = new Timer(true);

        @PreDestroy
        void tearDown() {
            timer.cancel();
        }
    }

    static final class CancelledThroughLocalCopy {
        private Timer timer = new Timer(true);

        void stop() {
            Timer current = timer;
            timer = null;
            current.cancel();
        }
    }

    static final class CancelledInShutdownHook {
        private static final Timer TIMER = new Timer(true);

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> TIMER.cancel()));
        }
    }

    static final class ReturnedByGetter {
        private final Timer timer = new Timer(true);

        Timer timer() {
            return timer;
        }
    }

    static final class PassedToConstructor {
        private final Timer timer = new Timer(true);
        private final Reminders reminders = new Reminders(timer);
    }

    record Reminders(Timer timer) {
    }

    /** There is no "timer overwritten" rule: a replaced timer field is judged only as never cancelled, and it is. */
    static final class ReassignedAndCancelled implements AutoCloseable {
        private Timer timer = new Timer(true);

        void reset() {
            timer = new Timer(true);
        }

        @Override
        public void close() {
            timer.cancel();
        }
    }

    static final class SwingTimerNeverStarted {
        private final javax.swing.Timer blink = new javax.swing.Timer(500, event -> { });

        void configure(ActionListener listener) {
            blink.addActionListener(listener);
        }
    }

    static final class SwingTimerStoppedInDispose {
        private final javax.swing.Timer blink = new javax.swing.Timer(500, event -> { });

        void show() {
            blink.start();
        }

        void dispose() {
            blink.stop();
        }
    }

    /** An executor field is the executor rule's business, and shutdown() is no release of a timer. */
    static final class ExecutorBesideTimer implements AutoCloseable {
        private final ExecutorService pool = Executors.newSingleThreadExecutor();
        private final Timer timer = new Timer(true);

        @Override
        public void close() {
            pool.shutdown();
            timer.cancel();
        }
    }

    @Target(ElementType.METHOD)
    @interface PreDestroy {
    }
}
