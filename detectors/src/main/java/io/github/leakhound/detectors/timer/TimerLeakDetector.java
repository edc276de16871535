package io.github.leakhound.detectors.timer;

import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.Detector;
import edu.umd.cs.findbugs.ba.ClassContext;
import io.github.leakhound.core.OwnerKind;
import io.github.leakhound.core.Rule;
import io.github.leakhound.core.ThreadOwners;
import io.github.leakhound.detectors.owner.LeakedOwner;
import io.github.leakhound.detectors.owner.LocalOwnerLeaks;
import java.util.EnumSet;
import java.util.List;

/**
 * Reports LEAK_TIMER_NOT_CANCELLED for a timer created in a method ({@code new java.util.Timer(..)}, or a
 * {@code javax.swing.Timer} the method starts) that is neither cancelled/stopped on every path nor handed on.
 */
public final class TimerLeakDetector implements Detector {

    private static final Rule RULE = OwnerKind.TIMER.localLeakRule();

    private final BugReporter bugReporter;
    private final LocalOwnerLeaks leaks = new LocalOwnerLeaks(ThreadOwners.defaults(), EnumSet.of(OwnerKind.TIMER));

    public TimerLeakDetector(BugReporter bugReporter) {
        this.bugReporter = bugReporter;
    }

    @Override
    public void visitClassContext(ClassContext classContext) {
        for (LeakedOwner leaked : leaks.in(classContext)) {
            TimerWords words = TimerWords.of(leaked.type());
            String leak = leaked.subject() + " created here is never " + words.released() + " on every path: "
                    + words.consequence();
            bugReporter.reportBug(leaked.toBug(this, classContext, RULE, RULE.severity(), List.of(leak, words.localFix())));
        }
    }

    @Override
    public void report() {
        // Reported per method as each class is visited.
    }
}
