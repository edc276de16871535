package io.github.leakhound.detectors.executor;

import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.Detector;
import edu.umd.cs.findbugs.ba.ClassContext;
import io.github.leakhound.core.OwnerKind;
import io.github.leakhound.core.Rule;
import io.github.leakhound.detectors.index.ExecutorFieldIndex;
import io.github.leakhound.detectors.index.FieldId;
import io.github.leakhound.detectors.index.FieldUseKind;

/**
 * Reports LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN at every store of a newly created executor into a field that
 * nothing in the analysed program ever releases and whose value never leaves the program's control.
 */
public final class ExecutorFieldNeverShutdownDetector implements Detector {

    private static final Rule RULE = Rule.LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN;

    private final BugReporter bugReporter;

    public ExecutorFieldNeverShutdownDetector(BugReporter bugReporter) {
        this.bugReporter = bugReporter;
    }

    @Override
    public void visitClassContext(ClassContext classContext) {
        FieldStoreBugs.index().ifPresent(index -> index.storesIn(classContext.getJavaClass().getClassName()).stream()
                .filter(store -> store.kind() == OwnerKind.EXECUTOR)
                .filter(store -> neverShutDown(index, store.field()))
                .filter(FieldStoreBugs.onePerLine())
                .forEach(store -> bugReporter.reportBug(FieldStoreBugs.at(this, RULE, store))));
    }

    /** Nobody releases it, and nobody else could: it is not returned, passed on or copied elsewhere. */
    private static boolean neverShutDown(ExecutorFieldIndex index, FieldId field) {
        return !index.isUsedAnywhere(field, FieldUseKind.RELEASE) && !index.isUsedAnywhere(field, FieldUseKind.ESCAPE);
    }

    @Override
    public void report() {
        // Reported per class in visitClassContext, once the first pass has seen the whole program.
    }
}
