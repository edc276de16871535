package io.github.leakhound.corpus;

import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Rule;
import java.util.Comparator;
import java.util.Objects;

/**
 * What the acceptance tests compare: a rule reported on a line of a corpus file. Columns, messages and
 * severities are left out on purpose, because the two engines legitimately differ there.
 *
 * @param sourcePath the file relative to its source root, with {@code /} separators
 * @param line       1-based line number
 * @param rule       the rule reported there
 */
record MarkedLine(String sourcePath, int line, Rule rule) implements Comparable<MarkedLine> {

    private static final Comparator<MarkedLine> BY_POSITION = Comparator.comparing(MarkedLine::sourcePath)
            .thenComparingInt(MarkedLine::line)
            .thenComparing(MarkedLine::rule);

    MarkedLine {
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(rule, "rule");
    }

    /** Where and what {@code finding} reports. */
    static MarkedLine of(Finding finding) {
        return new MarkedLine(finding.location().sourcePath(), finding.location().line(), finding.rule());
    }

    @Override
    public int compareTo(MarkedLine other) {
        return BY_POSITION.compare(this, other);
    }

    /** {@code corpus/executor/OrderService.java:12 LEAK_EXECUTOR_NOT_SHUTDOWN}, as failure messages list it. */
    @Override
    public String toString() {
        return sourcePath + ":" + line + " " + rule.id();
    }
}
