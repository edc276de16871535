package io.github.leakhound.detectors.executor;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.Detector;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.classfile.Global;
import io.github.leakhound.core.Rule;
import io.github.leakhound.detectors.index.ExecutorFieldIndex;
import io.github.leakhound.detectors.index.FieldId;
import io.github.leakhound.detectors.index.MethodId;
import io.github.leakhound.detectors.index.OwnerStore;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Builds the report of a field rule at the line of one store, the same way for every field judge. */
final class FieldStoreBugs {

    private FieldStoreBugs() {
    }

    /**
     * A bug whose annotations are, in order: the storing class {@code {0}}, the field {@code {1}}, the storing
     * method {@code {2}} and the store's line {@code {3}} (messages.xml refers to them by these numbers).
     */
    static BugInstance at(Detector detector, Rule rule, OwnerStore store) {
        String className = store.method().className();
        return new BugInstance(detector, rule.id(), rule.severity().spotBugsPriority())
                .addClass(className)
                .addField(store.field().toAnnotation())
                .addMethod(store.method().toAnnotation())
                .addSourceLine(new SourceLineAnnotation(className, store.sourceFile(), store.line(), store.line(),
                        store.pc(), store.pc()));
    }

    /**
     * A filter that lets through the first store of each field on each line: one finding per line, even when
     * a line stores twice (a conditional expression, a loop unrolled by the compiler).
     */
    static Predicate<OwnerStore> onePerLine() {
        Set<StoreLine> seen = new HashSet<>();
        return store -> seen.add(new StoreLine(store.field(), store.method(), store.line()));
    }

    private record StoreLine(FieldId field, MethodId method, int line) {
    }

    /**
     * The facts of this analysis run. Empty only if the fact collector did not run, which findbugs.xml's
     * ordering constraint prevents; judging without facts would report every field, so the judges then stay
     * silent instead.
     */
    static Optional<ExecutorFieldIndex> index() {
        return Optional.ofNullable(Global.getAnalysisCache().getOptionalDatabase(ExecutorFieldIndex.class));
    }
}
