package io.github.leakhound.detectors.index;

/** What a method does with a value read from a field, as far as the EXECUTOR field rules care. */
public enum FieldUseKind {
    /** Calls a release method ({@code shutdown}, {@code shutdownNow}, {@code close}) on it. */
    RELEASE,
    /**
     * Lets it leave the field's control: returns it, stores it in another field or an array, passes it to a
     * constructor or to a method that is not a known borrower, or captures it in a lambda.
     */
    ESCAPE,
    /** Compares it with {@code null} (lazy initialisation or a guard). */
    NULL_COMPARISON
}
