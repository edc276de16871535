package io.github.leakhound.rules.suppress;

import io.github.leakhound.core.Rule;
import java.util.List;

/**
 * The suppression annotations of one source file.
 *
 * @param sourcePath the file relative to its source root with {@code /} separators, as findings name it
 * @param ranges     the annotated declarations that suppress leakhound rules
 */
public record Suppressions(String sourcePath, List<SuppressedRange> ranges) {

    public Suppressions {
        ranges = List.copyOf(ranges);
    }

    /** A file without suppressions. */
    public static Suppressions none(String sourcePath) {
        return new Suppressions(sourcePath, List.of());
    }

    /** Whether a finding of {@code rule} on {@code line} of this file is suppressed. */
    public boolean suppresses(int line, Rule rule) {
        return ranges.stream().anyMatch(range -> range.suppresses(line, rule));
    }
}
