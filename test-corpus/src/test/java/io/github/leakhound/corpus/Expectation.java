package io.github.leakhound.corpus;

import io.github.leakhound.core.Engine;
import io.github.leakhound.core.Rule;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One finding the corpus demands, read from a {@code // expect: ...} marker.
 *
 * @param sourcePath the corpus file relative to {@code src/main/java}, with {@code /} separators
 * @param line       the 1-based line that carries the marker
 * @param rule       the rule that must be reported on that line
 * @param engines    the engines that must report it: both for {@code expect:}, one for {@code expect(bytecode):}
 *                   or {@code expect(source):}
 */
record Expectation(String sourcePath, int line, Rule rule, Set<Engine> engines) {

    Expectation {
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(rule, "rule");
        if (line < 1) {
            throw new IllegalArgumentException("line must be positive: " + line);
        }
        if (engines.isEmpty()) {
            throw new IllegalArgumentException("an expectation needs at least one engine");
        }
        engines = Set.copyOf(EnumSet.copyOf(engines));
    }

    /** An expectation that both engines must meet. */
    static Expectation ofBothEngines(String sourcePath, int line, Rule rule) {
        return new Expectation(sourcePath, line, rule, EnumSet.allOf(Engine.class));
    }

    /** True when {@code engine} must report this finding. */
    boolean isExpectedFrom(Engine engine) {
        return engines.contains(engine);
    }

    /** The file, line and rule that a finding must match. */
    MarkedLine markedLine() {
        return new MarkedLine(sourcePath, line, rule);
    }
}
