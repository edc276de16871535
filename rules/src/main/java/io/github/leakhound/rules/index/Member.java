package io.github.leakhound.rules.index;

/**
 * The code unit a node belongs to, and what kind of unit it is.
 *
 * @param id   identifies the unit
 * @param kind constructor, initializer, inline initializer or method
 */
public record Member(MemberId id, MemberKind kind) {
}
