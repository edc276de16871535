package io.github.leakhound.rules.suppress;

import io.github.leakhound.core.Rule;
import java.util.Set;

/**
 * The lines of one annotated declaration and the rules its suppression annotation names.
 *
 * @param startLine the first line of the declaration (its annotations included)
 * @param endLine   the last line of the declaration
 * @param ids       the rule IDs suppressed there; empty means every leakhound rule
 */
public record SuppressedRange(int startLine, int endLine, Set<String> ids) {

    public SuppressedRange {
        ids = Set.copyOf(ids);
    }

    /** Whether a finding of {@code rule} on {@code line} is suppressed by this range. */
    public boolean suppresses(int line, Rule rule) {
        return line >= startLine && line <= endLine && (ids.isEmpty() || ids.contains(rule.id()));
    }
}
