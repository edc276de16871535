package io.github.leakhound.detectors.index;

/** What a method does with a value read from a field, as far as the field rules care. */
public enum FieldUseKind {
    /**
     * Calls a method on it that a field rule asks about: an owner's release ({@code shutdown}, {@code cancel},
     * {@code stop}, ...) or start ({@code start}), or a future's {@code cancel}.
     */
    CALL,
    /**
     * Lets it leave the field's control: returns it, stores it in another field or an array, passes it to a
     * constructor or to a method that is not a known borrower, or captures it in a lambda.
     */
    ESCAPE,
    /** Compares it with {@code null} (lazy initialisation or a guard). */
    NULL_COMPARISON
}
