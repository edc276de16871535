package io.github.leakhound.detectors.index;

/**
 * One thing a method does with a value read from a field (directly or through a local copy).
 *
 * @param field  the field the value was read from
 * @param method the method doing it
 * @param kind   what it does
 * @param readAt bytecode offset in {@code method} where the value was read from the field, or -1 when paths
 *               with different reads meet; it tells the field's old value from one stored later
 */
public record FieldUse(FieldId field, MethodId method, FieldUseKind kind, int readAt) {

    /** True when the value was read before the given offset (or when that is unknown). */
    public boolean readBefore(int offset) {
        return readAt < offset;
    }
}
