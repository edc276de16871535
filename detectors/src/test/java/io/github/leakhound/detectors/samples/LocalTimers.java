package io.github.leakhound.detectors.samples;

import java.awt.event.ActionListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Timer;
import java.util.TimerTask;

/**
 * Timers created in method bodies (LEAK_TIMER_NOT_CANCELLED, local form). Each method is one case; a marker ends
 * the line where a finding must be reported.
 */
@SuppressWarnings("unused")
public class LocalTimers {

    private final List<Timer> registry = new ArrayList<>();
    private final ActionListener repaint = event -> { };
    private Timer kept;
    private int ticks;

    // ---- reported ----

    void neverCancelled() {
        Timer timer = new Timer(); // expect: LEAK_TIMER_NOT_CANCELLED
        timer.schedule(task(), 1_000);
    }

    void daemonNeverCancelled() {
        Timer timer = new Timer(true); // expect: LEAK_TIMER_NOT_CANCELLED
        timer.schedule(task(), 1_000, 1_000);
    }

    void namedDaemonNeverCancelled() {
        Timer reaper = new Timer("session-reaper", true); // expect: LEAK_TIMER_NOT_CANCELLED
        reaper.scheduleAtFixedRate(task(), 0, 60_000);
    }

    void cancelAfterScheduleWithoutFinally() {
        Timer timer = new Timer(); // expect: LEAK_TIMER_NOT_CANCELLED
        timer.schedule(task(), 10);
        timer.cancel();
    }

    void cancelOnlyInsideIf(boolean done) {
        Timer timer = new Timer(true); // expect: LEAK_TIMER_NOT_CANCELLED
        if (done) {
            timer.cancel();
        }
    }

    void usedWithoutVariable() {
        new Timer().schedule(task(), 10); // expect: LEAK_TIMER_NOT_CANCELLED
    }

    void createdInLoop(List<TimerTask> reminders) {
        for (TimerTask reminder : reminders) {
            Timer timer = new Timer(true); // expect: LEAK_TIMER_NOT_CANCELLED
            timer.schedule(reminder, 5_000);
        }
    }

    void scheduledAnonymousTaskIsAUseNotAHandOff() {
        Timer timer = new Timer(); // expect: LEAK_TIMER_NOT_CANCELLED
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                ticks++;
            }
        }, 100);
    }

    void passedOnlyToBorrowers() {
        Timer timer = new Timer(); // expect: LEAK_TIMER_NOT_CANCELLED
        System.out.println(timer);
    }

    void createdInLambda() {
        Runnable later = () -> {
            Timer timer = new Timer(true); // expect: LEAK_TIMER_NOT_CANCELLED
            timer.schedule(task(), 10);
        };
        later.run();
    }

    void swingTimerStartedNeverStopped() {
        javax.swing.Timer blink = new javax.swing.Timer(500, repaint); // expect: LEAK_TIMER_NOT_CANCELLED
        blink.start();
    }

    void swingTimerRestartedNeverStopped() {
        javax.swing.Timer blink = new javax.swing.Timer(500, repaint); // expect: LEAK_TIMER_NOT_CANCELLED
        blink.setRepeats(true);
        blink.restart();
    }

    void swingTimerStoppedAfterACallWithoutFinally() {
        javax.swing.Timer blink = new javax.swing.Timer(500, repaint); // expect: LEAK_TIMER_NOT_CANCELLED
        blink.start();
        blink.stop();
    }

    // ---- silent ----

    void cancelInFinally() {
        Timer timer = new Timer();
        try {
            timer.schedule(task(), 10);
        } finally {
            timer.cancel();
        }
    }

    void cancelInFinallyWithNullCheck() {
        Timer timer = null;
        try {
            timer = new Timer("probe", true);
            timer.schedule(task(), 10);
        } finally {
            if (timer != null) {
                timer.cancel();
            }
        }
    }

    void cancelRightAway() {
        Timer timer = new Timer();
        timer.cancel();
    }

    Timer returned() {
        Timer timer = new Timer(true);
        timer.schedule(task(), 10);
        return timer;
    }

    void storedInField() {
        Timer timer = new Timer(true);
        kept = timer;
    }

    Timer[] storedInArray() {
        Timer[] timers = new Timer[1];
        timers[0] = new Timer(true);
        return timers;
    }

    Scheduler passedToConstructor() {
        return new Scheduler(new Timer(true));
    }

    void addedToCollection() {
        Timer timer = new Timer(true);
        registry.add(timer);
    }

    void capturedByTheTaskThatCancelsIt() {
        Timer timer = new Timer();
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                timer.cancel();
            }
        }, 100);
    }

    void capturedByLambda() {
        Timer timer = new Timer(true);
        Runtime.getRuntime().addShutdownHook(new Thread(timer::cancel));
    }

    void parameterIsNotOwned(Timer timer) {
        timer.schedule(task(), 10);
    }

    void subclassOfTimerIsNotInTheVocabulary() {
        new ReminderTimer().schedule(task(), 10);
    }

    void swingTimerNeverStarted() {
        javax.swing.Timer blink = new javax.swing.Timer(500, repaint);
        blink.setRepeats(false);
    }

    void swingTimerStoppedInFinally() {
        javax.swing.Timer blink = new javax.swing.Timer(500, repaint);
        try {
            blink.start();
            ticks++;
        } finally {
            blink.stop();
        }
    }

    javax.swing.Timer swingTimerStartedAndReturned() {
        javax.swing.Timer blink = new javax.swing.Timer(500, repaint);
        blink.start();
        return blink;
    }

    Timer kept() {
        return kept;
    }

    List<Timer> registry() {
        return registry;
    }

    private TimerTask task() {
        return new TimerTask() {
            @Override
            public void run() {
                ticks++;
            }
        };
    }

    record Scheduler(Timer timer) {
    }

    /** Its constructor calls Timer's on itself: that creates no second timer. */
    static final class ReminderTimer extends Timer {
        ReminderTimer() {
            super("reminders", true);
        }
    }
}
