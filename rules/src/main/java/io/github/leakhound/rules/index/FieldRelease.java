package io.github.leakhound.rules.index;

/**
 * A release call ({@code shutdown}, {@code shutdownNow}, {@code close}, ...) on a value read from a field,
 * or a method reference to one ({@code pool::shutdown}).
 *
 * @param target           the field
 * @param member           the code unit that releases
 * @param method           the release method
 * @param line             line of the call
 * @param column           column of the call
 * @param throughLocalCopy true when released through a local variable copied from the field
 */
public record FieldRelease(FieldRef target, MemberId member, String method, int line, int column,
        boolean throughLocalCopy) {
}
