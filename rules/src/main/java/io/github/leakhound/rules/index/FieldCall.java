package io.github.leakhound.rules.index;

/**
 * A lifecycle call on a value read from a field: a release ({@code shutdown}, {@code close}, {@code cancel},
 * {@code stop}, ...) or a start ({@code start}, {@code restart}); also a method reference to a release
 * ({@code pool::shutdown}). The judges decide which of these methods matter for the field's owner.
 *
 * @param target           the field
 * @param member           the code unit that calls
 * @param method           the method called
 * @param line             line of the call
 * @param column           column of the call
 * @param throughLocalCopy true when called through a local variable copied from the field
 */
public record FieldCall(FieldRef target, MemberId member, String method, int line, int column,
        boolean throughLocalCopy) {
}
