package io.github.leakhound.detectors.index;

/**
 * One thing a method does with a value read from a field (directly or through a local copy).
 *
 * @param field  the field the value was read from
 * @param method the method doing it
 * @param kind   what it does
 */
public record FieldUse(FieldId field, MethodId method, FieldUseKind kind) {
}
