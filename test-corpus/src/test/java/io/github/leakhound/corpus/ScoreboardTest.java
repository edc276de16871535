package io.github.leakhound.corpus;

import static io.github.leakhound.core.Rule.LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN;
import static io.github.leakhound.core.Rule.LEAK_EXECUTOR_NOT_SHUTDOWN;
import static io.github.leakhound.core.Rule.LEAK_EXECUTOR_OVERWRITTEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.leakhound.core.Engine;
import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Location;
import io.github.leakhound.core.Rule;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoreboardTest {

    private static final String FILE = "corpus/executor/OrderService.java";

    @Test
    void exactFindingsHaveNothingMissedOrExtra() {
        Scoreboard board = Scoreboard.of(Engine.SOURCE,
                List.of(Expectation.ofBothEngines(FILE, 12, LEAK_EXECUTOR_NOT_SHUTDOWN)),
                List.of(finding(12, LEAK_EXECUTOR_NOT_SHUTDOWN, "pool leaks")));

        assertTrue(board.isExact());
        assertEquals("", board.mismatches());
    }

    @Test
    void unreportedExpectationIsMissed() {
        Scoreboard board = Scoreboard.of(Engine.SOURCE,
                List.of(Expectation.ofBothEngines(FILE, 12, LEAK_EXECUTOR_NOT_SHUTDOWN)), List.of());

        assertFalse(board.isExact());
        assertEquals(Set.of(new MarkedLine(FILE, 12, LEAK_EXECUTOR_NOT_SHUTDOWN)), board.missed());
        assertEquals(Set.of(), board.extra());
    }

    @Test
    void unexpectedFindingIsExtra() {
        Scoreboard board = Scoreboard.of(Engine.SOURCE, List.of(),
                List.of(finding(7, LEAK_EXECUTOR_OVERWRITTEN, "old pool leaks")));

        assertFalse(board.isExact());
        assertEquals(Set.of(new MarkedLine(FILE, 7, LEAK_EXECUTOR_OVERWRITTEN)), board.extra());
    }

    @Test
    void sameLineWithAnotherRuleIsBothMissedAndExtra() {
        Scoreboard board = Scoreboard.of(Engine.BYTECODE,
                List.of(Expectation.ofBothEngines(FILE, 12, LEAK_EXECUTOR_NOT_SHUTDOWN)),
                List.of(finding(12, LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN, "field leaks")));

        assertEquals(Set.of(new MarkedLine(FILE, 12, LEAK_EXECUTOR_NOT_SHUTDOWN)), board.missed());
        assertEquals(Set.of(new MarkedLine(FILE, 12, LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN)), board.extra());
    }

    @Test
    void expectationOfTheOtherEngineDoesNotCount() {
        Scoreboard board = Scoreboard.of(Engine.SOURCE,
                List.of(new Expectation(FILE, 12, LEAK_EXECUTOR_NOT_SHUTDOWN, Set.of(Engine.BYTECODE))), List.of());

        assertTrue(board.isExact());
    }

    @Test
    void findingReportedTwiceOnOneLineCountsOnce() {
        Scoreboard board = Scoreboard.of(Engine.BYTECODE,
                List.of(Expectation.ofBothEngines(FILE, 12, LEAK_EXECUTOR_NOT_SHUTDOWN)),
                List.of(finding(12, LEAK_EXECUTOR_NOT_SHUTDOWN, "normal path"),
                        finding(12, LEAK_EXECUTOR_NOT_SHUTDOWN, "exceptional path")));

        assertTrue(board.isExact());
        assertEquals(1, score(board, LEAK_EXECUTOR_NOT_SHUTDOWN).found());
    }

    @Test
    void scoresCountPerRule() {
        Scoreboard board = Scoreboard.of(Engine.SOURCE,
                List.of(Expectation.ofBothEngines(FILE, 3, LEAK_EXECUTOR_NOT_SHUTDOWN),
                        Expectation.ofBothEngines(FILE, 9, LEAK_EXECUTOR_NOT_SHUTDOWN),
                        Expectation.ofBothEngines(FILE, 15, LEAK_EXECUTOR_OVERWRITTEN)),
                List.of(finding(3, LEAK_EXECUTOR_NOT_SHUTDOWN, "leak"),
                        finding(4, LEAK_EXECUTOR_NOT_SHUTDOWN, "leak"),
                        finding(15, LEAK_EXECUTOR_OVERWRITTEN, "overwritten")));

        assertEquals(new RuleScore(LEAK_EXECUTOR_NOT_SHUTDOWN, 2, 2, 1, 1), score(board, LEAK_EXECUTOR_NOT_SHUTDOWN));
        assertEquals(new RuleScore(LEAK_EXECUTOR_OVERWRITTEN, 1, 1, 0, 0), score(board, LEAK_EXECUTOR_OVERWRITTEN));
        assertEquals(Rule.values().length, board.scores().size());
    }

    @Test
    void renderedTableListsEveryMismatchWithTheExtraFindingsMessage() {
        Scoreboard board = Scoreboard.of(Engine.SOURCE,
                List.of(Expectation.ofBothEngines(FILE, 3, LEAK_EXECUTOR_NOT_SHUTDOWN)),
                List.of(finding(4, LEAK_EXECUTOR_NOT_SHUTDOWN, "pool `workers` is never shut down")));

        String rendered = board.render();

        assertTrue(rendered.contains(FILE + ":3 LEAK_EXECUTOR_NOT_SHUTDOWN"), rendered);
        assertTrue(rendered.contains(FILE + ":4 LEAK_EXECUTOR_NOT_SHUTDOWN \u2014 pool `workers` is never shut down"),
                rendered);
        assertTrue(rendered.lines().anyMatch(line -> line.matches("LEAK_EXECUTOR_NOT_SHUTDOWN\\s+1\\s+1\\s+1\\s+1")),
                rendered);
    }

    private static RuleScore score(Scoreboard board, Rule rule) {
        return board.scores().stream().filter(score -> score.rule() == rule).findFirst().orElseThrow();
    }

    private static Finding finding(int line, Rule rule, String message) {
        return Finding.of(rule, new Location(FILE, line, 0, "corpus.executor.OrderService", "place"), message,
                Engine.SOURCE);
    }
}
