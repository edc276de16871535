package io.github.leakhound.detectors.owner;

import io.github.leakhound.core.OwnerKind;
import io.github.leakhound.core.ThreadOwnerType;
import io.github.leakhound.detectors.index.FieldUseKind;
import io.github.leakhound.detectors.index.OwnerStore;
import io.github.leakhound.detectors.index.ProgramIndex;
import java.util.List;

/**
 * The judgement shared by the field-never-released rules of every owner kind: a field that receives a newly
 * created owner (one that runs, for a type that must be started first) which nothing in the analysed program
 * ever releases with a release method of its type, and which no other code can reach to release it.
 */
public final class NeverReleasedFields {

    private NeverReleasedFields() {
    }

    /**
     * The stores, made by the code of {@code className}, of new owners of {@code kind} into such fields: one per
     * field and line. None for a kind without a field rule (a shared HttpClient is the recommended pattern).
     */
    public static List<OwnerStore> storesIn(ProgramIndex index, String className, OwnerKind kind) {
        if (kind.fieldLeakRule().isEmpty()) {
            return List.of();
        }
        return index.storesIn(className).stream()
                .filter(store -> store.kind() == kind)
                .filter(store -> isStarted(index, store))
                .filter(store -> isNeverReleased(index, store))
                .filter(FieldStoreBugs.onePerLine())
                .toList();
    }

    /** A javax.swing.Timer does nothing until some code starts it; other owners run from their creation. */
    private static boolean isStarted(ProgramIndex index, OwnerStore store) {
        ThreadOwnerType owner = store.owner();
        return !owner.needsStart() || index.isCalledAnywhere(store.field(), owner.startMethods());
    }

    /** Nobody releases it, and nobody else could: it is not returned, passed on or copied elsewhere. */
    private static boolean isNeverReleased(ProgramIndex index, OwnerStore store) {
        return !index.isCalledAnywhere(store.field(), store.owner().releaseMethods())
                && !index.isUsedAnywhere(store.field(), FieldUseKind.ESCAPE);
    }
}
