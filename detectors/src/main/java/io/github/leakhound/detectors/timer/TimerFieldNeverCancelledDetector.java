package io.github.leakhound.detectors.timer;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugReporter;
import io.github.leakhound.core.OwnerKind;
import io.github.leakhound.core.Rule;
import io.github.leakhound.detectors.index.OwnerStore;
import io.github.leakhound.detectors.index.ProgramFactJudge;
import io.github.leakhound.detectors.index.ProgramIndex;
import io.github.leakhound.detectors.owner.FieldStoreBugs;
import io.github.leakhound.detectors.owner.NeverReleasedFields;
import java.util.stream.Stream;

/**
 * Reports LEAK_TIMER_NOT_CANCELLED, as a warning, at every store of a new timer into a field that nothing in the
 * analysed program ever cancels (or, for a started {@code javax.swing.Timer}, stops) and whose value never
 * leaves the program's control.
 */
public final class TimerFieldNeverCancelledDetector extends ProgramFactJudge {

    private static final OwnerKind KIND = OwnerKind.TIMER;

    public TimerFieldNeverCancelledDetector(BugReporter bugReporter) {
        super(bugReporter);
    }

    @Override
    protected Stream<BugInstance> judge(ProgramIndex index, String className) {
        return NeverReleasedFields.storesIn(index, className, KIND).stream().map(this::bugAt);
    }

    /**
     * The same annotations, in the same order, as a local timer's: the class {@code {0}}, the storing method
     * {@code {1}}, what leaks {@code {2}}, the fix {@code {3}} and the line {@code {4}}; then the field.
     */
    private BugInstance bugAt(OwnerStore store) {
        Rule rule = KIND.fieldLeakRule().orElseThrow();
        TimerWords words = TimerWords.of(store.owner());
        String leak = store.owner().simpleName() + " field `" + store.field().name() + "` is assigned a new timer here,"
                + " but nothing in the analysed program ever " + words.releasesIt() + " and no other code can reach it: "
                + words.fieldConsequence() + " after the " + (store.field().isStatic() ? "class is" : "object is")
                + " no longer used";
        return new BugInstance(this, rule.id(), KIND.fieldLeakSeverity().spotBugsPriority())
                .addClass(store.method().className())
                .addMethod(store.method().toAnnotation())
                .addString(leak)
                .addString(words.fieldFix())
                .addSourceLine(FieldStoreBugs.line(store))
                .addField(store.field().toAnnotation());
    }
}
