package io.github.leakhound.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.leakhound.core.AnalysisResult;
import io.github.leakhound.core.Category;
import io.github.leakhound.core.Engine;
import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Rule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs one engine once over the whole corpus and holds it to the corpus markers exactly: a missed finding and an
 * extra finding both fail, and the failure lists them all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EngineAcceptance {

    /** The corpus sources; Surefire runs the tests in the module directory. */
    static final Path CORPUS_SOURCES = Path.of("src", "main", "java");
    /** The corpus as compiled by this module's build before the tests run. */
    static final Path CORPUS_CLASSES = Path.of("target", "classes");

    private List<Expectation> expectations;
    private AnalysisResult result;
    private Scoreboard scoreboard;

    /** The engine under test. */
    abstract Engine engine();

    /** Runs the engine under test on the corpus. */
    abstract AnalysisResult analyzeCorpus();

    @BeforeAll
    void analyzeCorpusOnce() throws IOException {
        expectations = new ExpectationReader().readTree(CORPUS_SOURCES);
        long started = System.nanoTime();
        result = analyzeCorpus();
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        scoreboard = Scoreboard.of(engine(), expectations, result.findings());
        System.out.println(scoreboard.render());
        // Printed for the record, never asserted: speed is measured by benchmarks, not by timed tests.
        System.out.printf("%s engine analysed the corpus in %d ms%n", engine(), elapsedMillis);
    }

    @Test
    void reportsExactlyTheMarkedLines() {
        assertTrue(scoreboard.isExact(),
                () -> "the " + engine() + " engine disagrees with the corpus markers:" + System.lineSeparator()
                        + scoreboard.mismatches());
    }

    @Test
    void reportsNoWarningsOnTheCorpus() {
        assertEquals(List.of(), result.warnings(), "every corpus file must be analysable");
    }

    @Test
    void creditsEveryFindingToThisEngine() {
        List<Finding> misattributed = result.findings().stream()
                .filter(finding -> !finding.engines().equals(Set.of(engine())))
                .toList();
        assertEquals(List.of(), misattributed);
    }

    @Test
    void corpusMarksEveryExecutorAndTimerRuleForThisEngine() {
        Set<Category> covered = EnumSet.of(Category.EXECUTOR, Category.TIMER);
        Set<Rule> marked = expectations.stream()
                .filter(expectation -> expectation.isExpectedFrom(engine()))
                .map(Expectation::rule)
                .collect(Collectors.toSet());
        Set<Rule> unmarked = Stream.of(Rule.values())
                .filter(rule -> covered.contains(rule.category()) && !marked.contains(rule))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
        assertEquals(Set.of(), unmarked, "EXECUTOR and TIMER rules without a single positive in the corpus");
    }
}
