package io.github.leakhound.rules.index;

/**
 * A comparison of a field's value with {@code null} ({@code pool == null}, {@code this.pool != null}),
 * the mark of lazy initialisation or a guard.
 *
 * @param target the field
 * @param member the code unit that compares
 */
public record FieldNullCheck(FieldRef target, MemberId member) {
}
