package io.github.leakhound.detectors.executor;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugReporter;
import io.github.leakhound.core.OwnerKind;
import io.github.leakhound.core.Rule;
import io.github.leakhound.detectors.index.ProgramFactJudge;
import io.github.leakhound.detectors.index.ProgramIndex;
import io.github.leakhound.detectors.owner.FieldStoreBugs;
import io.github.leakhound.detectors.owner.NeverReleasedFields;
import java.util.stream.Stream;

/**
 * Reports LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN at every store of a newly created executor into a field that
 * nothing in the analysed program ever releases and whose value never leaves the program's control.
 */
public final class ExecutorFieldNeverShutdownDetector extends ProgramFactJudge {

    private static final OwnerKind KIND = OwnerKind.EXECUTOR;

    public ExecutorFieldNeverShutdownDetector(BugReporter bugReporter) {
        super(bugReporter);
    }

    @Override
    protected Stream<BugInstance> judge(ProgramIndex index, String className) {
        Rule rule = KIND.fieldLeakRule().orElseThrow();
        return NeverReleasedFields.storesIn(index, className, KIND).stream()
                .map(store -> FieldStoreBugs.at(this, rule, KIND.fieldLeakSeverity(), store));
    }
}
