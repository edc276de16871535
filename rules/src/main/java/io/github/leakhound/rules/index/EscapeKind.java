package io.github.leakhound.rules.index;

/** How a field's value leaves the field's owner, so that other code may release it. */
public enum EscapeKind {
    /** Returned by a method (a getter) or an expression lambda. */
    RETURNED,
    /** Passed as an argument to a method that is not a known borrower, or to any constructor. */
    PASSED_AS_ARGUMENT,
    /** Stored in another field, an array or a collection initializer. */
    STORED_ELSEWHERE,
    /** Bound into a method reference other than a release ({@code pool::submit}). */
    CAPTURED_BY_METHOD_REFERENCE
}
