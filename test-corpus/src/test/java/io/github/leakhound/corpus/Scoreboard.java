package io.github.leakhound.corpus;

import io.github.leakhound.core.Engine;
import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Rule;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compares one engine's findings on the corpus with the corpus markers: per rule expected, found, missed and
 * extra, and the full list of lines missed and reported in excess.
 */
final class Scoreboard {

    private static final String ROW = "%-36s %8s %6s %7s %6s%n";

    private final Engine engine;
    private final SortedSet<MarkedLine> expected;
    private final SortedSet<MarkedLine> found;
    private final Map<MarkedLine, String> messages;

    private Scoreboard(Engine engine, SortedSet<MarkedLine> expected, SortedSet<MarkedLine> found,
            Map<MarkedLine, String> messages) {
        this.engine = engine;
        this.expected = expected;
        this.found = found;
        this.messages = messages;
    }

    /**
     * The score of {@code findings}, reported by {@code engine}, against the expectations meant for that engine
     * (an {@code expect(source):} marker does not count against the bytecode engine, and the reverse).
     */
    static Scoreboard of(Engine engine, Collection<Expectation> expectations, Collection<Finding> findings) {
        SortedSet<MarkedLine> expected = expectations.stream()
                .filter(expectation -> expectation.isExpectedFrom(engine))
                .map(Expectation::markedLine)
                .collect(Collectors.toCollection(TreeSet::new));
        // One message per reported line is enough to explain an extra finding; engines may report a line twice.
        Map<MarkedLine, String> messages = findings.stream()
                .collect(Collectors.toMap(MarkedLine::of, Finding::message, (first, second) -> first, TreeMap::new));
        return new Scoreboard(engine, expected, new TreeSet<>(messages.keySet()), messages);
    }

    /** Lines the corpus expects that the engine did not report. */
    SortedSet<MarkedLine> missed() {
        return difference(expected, found);
    }

    /** Lines the engine reported that the corpus does not expect. */
    SortedSet<MarkedLine> extra() {
        return difference(found, expected);
    }

    /** True when the engine reported exactly the expected (file, line, rule) triples. */
    boolean isExact() {
        return expected.equals(found);
    }

    /** One score per rule of the catalog, in catalog order. */
    List<RuleScore> scores() {
        SortedSet<MarkedLine> missed = missed();
        SortedSet<MarkedLine> extra = extra();
        return Stream.of(Rule.values())
                .map(rule -> new RuleScore(rule, count(expected, rule), count(found, rule), count(missed, rule),
                        count(extra, rule)))
                .toList();
    }

    /** The table of scores followed by every missed and extra line, as printed on every acceptance run. */
    String render() {
        StringBuilder table = new StringBuilder();
        table.append("leakhound corpus scoreboard, ").append(engine).append(" engine").append(System.lineSeparator());
        table.append(String.format(ROW, "rule", "expected", "found", "missed", "extra"));
        for (RuleScore score : scores()) {
            table.append(String.format(ROW, score.rule().id(), score.expected(), score.found(), score.missed(),
                    score.extra()));
        }
        table.append(String.format(ROW, "total", expected.size(), found.size(), missed().size(), extra().size()));
        return table.append(mismatches()).toString();
    }

    /** Every missed and every extra line, one per row; empty when the engine is exact. */
    String mismatches() {
        StringBuilder list = new StringBuilder();
        SortedSet<MarkedLine> missed = missed();
        SortedSet<MarkedLine> extra = extra();
        if (!missed.isEmpty()) {
            list.append("missed (marked in the corpus, not reported by the ").append(engine).append(" engine):")
                    .append(System.lineSeparator());
            missed.forEach(line -> list.append("  ").append(line).append(System.lineSeparator()));
        }
        if (!extra.isEmpty()) {
            list.append("extra (reported by the ").append(engine).append(" engine, not marked in the corpus):")
                    .append(System.lineSeparator());
            extra.forEach(line -> list.append("  ").append(line).append(" \u2014 ").append(messages.get(line))
                    .append(System.lineSeparator()));
        }
        return list.toString();
    }

    private static SortedSet<MarkedLine> difference(Set<MarkedLine> from, Set<MarkedLine> minus) {
        SortedSet<MarkedLine> difference = new TreeSet<>(from);
        difference.removeAll(minus);
        return difference;
    }

    private static int count(Collection<MarkedLine> lines, Rule rule) {
        return (int) lines.stream().filter(line -> line.rule() == rule).count();
    }
}
