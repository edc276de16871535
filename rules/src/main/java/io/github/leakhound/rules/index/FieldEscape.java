package io.github.leakhound.rules.index;

/**
 * A place where a field's value escapes.
 *
 * @param target the field
 * @param member the code unit where it escapes
 * @param how    returned, passed, stored elsewhere or captured
 * @param line   line of the escaping expression
 */
public record FieldEscape(FieldRef target, MemberId member, EscapeKind how, int line) {
}
