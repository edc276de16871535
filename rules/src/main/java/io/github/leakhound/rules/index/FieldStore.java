package io.github.leakhound.rules.index;

import java.util.Optional;

/**
 * An assignment to a field ({@code pool = ...}, {@code this.pool = ...}, an inline initializer).
 *
 * @param target     the field as the assignment names it
 * @param member     the code unit that assigns
 * @param memberKind constructor, initializer, inline initializer or method
 * @param newOwner   the thread owner the value is, when it is a newly created one (directly, or through a
 *                   local variable that holds one)
 * @param line       line of the assignment (of the declarator, for an inline initializer)
 * @param column     column of the assignment
 */
public record FieldStore(FieldRef target, MemberId member, MemberKind memberKind, Optional<NewOwner> newOwner,
        int line, int column) {
}
