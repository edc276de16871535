package io.github.leakhound.rules.index;

import java.util.Optional;

/**
 * A field as one place in the code refers to it, before the whole program is known.
 *
 * @param declaringType the class the reference names or implies ({@code this.pool}, {@code Holder.POOL},
 *                      {@code worker.pool} with {@code worker}'s declared type); empty when it cannot be told
 *                      (an inherited field, a scope of unknown type)
 * @param name          the field name
 */
public record FieldRef(Optional<String> declaringType, String name) {

    /** A reference whose declaring class is known or guessed. */
    public static FieldRef of(String declaringType, String name) {
        return new FieldRef(Optional.of(declaringType), name);
    }

    /** A reference known only by the field name. */
    public static FieldRef byName(String name) {
        return new FieldRef(Optional.empty(), name);
    }
}
