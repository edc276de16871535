package io.github.leakhound.detectors.owner;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.Detector;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import io.github.leakhound.core.Rule;
import io.github.leakhound.core.Severity;
import io.github.leakhound.detectors.index.FieldId;
import io.github.leakhound.detectors.index.MethodId;
import io.github.leakhound.detectors.index.OwnerStore;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/** Builds the report of a field rule at the line of one store, the same way for every field judge. */
public final class FieldStoreBugs {

    private FieldStoreBugs() {
    }

    /**
     * A bug whose annotations are, in order: the storing class {@code {0}}, the field {@code {1}}, the storing
     * method {@code {2}} and the store's line {@code {3}} (messages.xml refers to them by these numbers).
     */
    public static BugInstance at(Detector detector, Rule rule, Severity severity, OwnerStore store) {
        return new BugInstance(detector, rule.id(), severity.spotBugsPriority())
                .addClass(store.method().className())
                .addField(store.field().toAnnotation())
                .addMethod(store.method().toAnnotation())
                .addSourceLine(line(store));
    }

    /** The line of the store, to locate a report. */
    public static SourceLineAnnotation line(OwnerStore store) {
        return new SourceLineAnnotation(store.method().className(), store.sourceFile(), store.line(), store.line(),
                store.pc(), store.pc());
    }

    /**
     * A filter that lets through the first store of each field on each line: one finding per line, even when
     * a line stores twice (a conditional expression, a loop unrolled by the compiler).
     */
    public static Predicate<OwnerStore> onePerLine() {
        Set<StoreLine> seen = new HashSet<>();
        return store -> seen.add(new StoreLine(store.field(), store.method(), store.line()));
    }

    private record StoreLine(FieldId field, MethodId method, int line) {
    }
}
