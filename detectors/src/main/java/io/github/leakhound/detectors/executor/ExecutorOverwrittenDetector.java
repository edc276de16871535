package io.github.leakhound.detectors.executor;

import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.Detector;
import edu.umd.cs.findbugs.ba.ClassContext;
import io.github.leakhound.core.OwnerKind;
import io.github.leakhound.core.Rule;
import io.github.leakhound.detectors.index.ExecutorFieldIndex;
import io.github.leakhound.detectors.index.FieldUseKind;
import io.github.leakhound.detectors.index.OwnerStore;

/**
 * Reports LEAK_EXECUTOR_OVERWRITTEN: a method (not a constructor or initialiser) stores a new executor into a
 * field that initialisation already filled with one, without releasing, handing on or null-checking the old one.
 */
public final class ExecutorOverwrittenDetector implements Detector {

    private static final Rule RULE = Rule.LEAK_EXECUTOR_OVERWRITTEN;

    private final BugReporter bugReporter;

    public ExecutorOverwrittenDetector(BugReporter bugReporter) {
        this.bugReporter = bugReporter;
    }

    @Override
    public void visitClassContext(ClassContext classContext) {
        FieldStoreBugs.index().ifPresent(index -> index.storesIn(classContext.getJavaClass().getClassName()).stream()
                .filter(store -> store.kind() == OwnerKind.EXECUTOR && !store.inInitializer())
                .filter(store -> index.hasInitializerStore(store.field(), OwnerKind.EXECUTOR))
                .filter(store -> dropsOldExecutor(index, store))
                .filter(FieldStoreBugs.onePerLine())
                .forEach(store -> bugReporter.reportBug(FieldStoreBugs.at(this, RULE, store))));
    }

    /**
     * The storing method neither releases the old executor (before the store, or through a local copy taken
     * before it), nor lets it escape, nor compares the field with null: a null check means lazy initialisation
     * or a guard.
     */
    private static boolean dropsOldExecutor(ExecutorFieldIndex index, OwnerStore store) {
        return !index.isOldValueUsed(store, FieldUseKind.RELEASE)
                && !index.isOldValueUsed(store, FieldUseKind.ESCAPE)
                && !index.isUsedIn(store.field(), store.method(), FieldUseKind.NULL_COMPARISON);
    }

    @Override
    public void report() {
        // Reported per class in visitClassContext, once the first pass has seen the whole program.
    }
}
