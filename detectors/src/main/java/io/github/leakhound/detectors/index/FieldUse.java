package io.github.leakhound.detectors.index;

import java.util.Objects;
import java.util.Set;

/**
 * One thing a method does with a value read from a field (directly or through a local copy).
 *
 * @param field        the field the value was read from
 * @param method       the method doing it
 * @param kind         what it does
 * @param calledMethod for a {@link FieldUseKind#CALL}, the name of the method called on the value; otherwise empty
 * @param readAt       bytecode offset in {@code method} where the value was read from the field, or -1 when
 *                     paths with different reads meet; it tells the field's old value from one stored later
 */
public record FieldUse(FieldId field, MethodId method, FieldUseKind kind, String calledMethod, int readAt) {

    public FieldUse {
        Objects.requireNonNull(calledMethod, "calledMethod");
    }

    /** A use that is not a call: an escape or a null comparison. */
    static FieldUse of(FieldId field, MethodId method, FieldUseKind kind, int readAt) {
        return new FieldUse(field, method, kind, "", readAt);
    }

    /** A call of {@code calledMethod} on the value. */
    static FieldUse call(FieldId field, MethodId method, String calledMethod, int readAt) {
        return new FieldUse(field, method, FieldUseKind.CALL, calledMethod, readAt);
    }

    /** True when the value was read before the given offset (or when that is unknown). */
    public boolean readBefore(int offset) {
        return readAt < offset;
    }

    /** True when this use calls one of {@code methods} on the value. */
    public boolean callsOneOf(Set<String> methods) {
        return kind == FieldUseKind.CALL && methods.contains(calledMethod);
    }
}
