package io.github.leakhound.detectors.executor;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugReporter;
import io.github.leakhound.core.OwnerKind;
import io.github.leakhound.core.Rule;
import io.github.leakhound.detectors.index.FieldUseKind;
import io.github.leakhound.detectors.index.OwnerStore;
import io.github.leakhound.detectors.index.ProgramFactJudge;
import io.github.leakhound.detectors.index.ProgramIndex;
import io.github.leakhound.detectors.owner.FieldStoreBugs;
import java.util.stream.Stream;

/**
 * Reports LEAK_EXECUTOR_OVERWRITTEN: a method (not a constructor or initialiser) stores a new executor into a
 * field that initialisation already filled with one, without releasing, handing on or null-checking the old one.
 */
public final class ExecutorOverwrittenDetector extends ProgramFactJudge {

    private static final Rule RULE = Rule.LEAK_EXECUTOR_OVERWRITTEN;

    public ExecutorOverwrittenDetector(BugReporter bugReporter) {
        super(bugReporter);
    }

    @Override
    protected Stream<BugInstance> judge(ProgramIndex index, String className) {
        return index.storesIn(className).stream()
                .filter(store -> store.kind() == OwnerKind.EXECUTOR && !store.inInitializer())
                .filter(store -> index.hasInitializerStore(store.field(), OwnerKind.EXECUTOR))
                .filter(store -> dropsOldExecutor(index, store))
                .filter(FieldStoreBugs.onePerLine())
                .map(store -> FieldStoreBugs.at(this, RULE, RULE.severity(), store));
    }

    /**
     * The storing method neither releases the old executor (before the store, or through a local copy taken
     * before it), nor lets it escape, nor compares the field with null: a null check means lazy initialisation
     * or a guard.
     */
    private static boolean dropsOldExecutor(ProgramIndex index, OwnerStore store) {
        return !index.isOldValueCalled(store, store.owner().releaseMethods())
                && !index.isOldValueUsed(store, FieldUseKind.ESCAPE)
                && !index.isUsedIn(store.field(), store.method(), FieldUseKind.NULL_COMPARISON);
    }
}
