package io.github.leakhound.detectors.executor;

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
 * Reports LEAK_EXECUTOR_NOT_SHUTDOWN (executors) and LEAK_THREAD_OWNER_NOT_CLOSED (HttpClient): a thread owner
 * created in a method that is neither released on every path, exceptional ones included, nor handed on.
 */
public final class ExecutorLeakDetector implements Detector {

    private final BugReporter bugReporter;
    private final LocalOwnerLeaks leaks =
            new LocalOwnerLeaks(ThreadOwners.defaults(), EnumSet.of(OwnerKind.EXECUTOR, OwnerKind.OTHER_THREAD_OWNER));

    public ExecutorLeakDetector(BugReporter bugReporter) {
        this.bugReporter = bugReporter;
    }

    @Override
    public void visitClassContext(ClassContext classContext) {
        for (LeakedOwner leaked : leaks.in(classContext)) {
            Rule rule = leaked.type().kind().localLeakRule();
            // {2} is the owner: "ExecutorService `pool`".
            bugReporter.reportBug(leaked.toBug(this, classContext, rule, rule.severity(), List.of(leaked.subject())));
        }
    }

    @Override
    public void report() {
        // Reported per method as each class is visited.
    }
}
