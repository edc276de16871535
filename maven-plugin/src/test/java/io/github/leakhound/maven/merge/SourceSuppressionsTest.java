package io.github.leakhound.maven.merge;

import static io.github.leakhound.core.Rule.LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN;
import static io.github.leakhound.core.Rule.LEAK_EXECUTOR_NOT_SHUTDOWN;
import static io.github.leakhound.core.Rule.LEAK_EXECUTOR_OVERWRITTEN;
import static io.github.leakhound.maven.Findings.fromBytecode;
import static io.github.leakhound.maven.Findings.fromSource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.leakhound.core.Finding;
import io.github.leakhound.rules.suppress.SuppressedRange;
import io.github.leakhound.rules.suppress.SuppressionIndex;
import io.github.leakhound.rules.suppress.Suppressions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SourceSuppressionsTest {

    private static final String ORDERS = "com/acme/OrderService.java";
    private static final String REPORTS = "com/acme/ReportExporter.java";

    /** OrderService: a method on lines 10-20 suppresses NOT_SHUTDOWN; a field on line 5 suppresses everything. */
    private final SourceSuppressions suppressions = new SourceSuppressions(SuppressionIndex.of(List.of(
            new Suppressions(ORDERS, List.of(
                    new SuppressedRange(10, 20, Set.of(LEAK_EXECUTOR_NOT_SHUTDOWN.id())),
                    new SuppressedRange(5, 5, Set.of()))))));

    @Test
    void bytecodeFindingInsideASuppressedRangeIsDropped() {
        assertEquals(List.of(), suppressions.apply(List.of(
                fromBytecode(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 10),
                fromBytecode(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 20),
                fromBytecode(LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN, ORDERS, 5))));
    }

    @Test
    void bytecodeFindingJustOutsideTheRangeIsKept() {
        List<Finding> outside = List.of(
                fromBytecode(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 9),
                fromBytecode(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 21));

        assertEquals(outside, suppressions.apply(outside));
    }

    @Test
    void suppressingOneRuleKeepsTheOtherRulesOnTheSameLine() {
        Finding overwritten = fromBytecode(LEAK_EXECUTOR_OVERWRITTEN, ORDERS, 12);

        assertEquals(List.of(overwritten), suppressions.apply(List.of(
                fromBytecode(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 12), overwritten)));
    }

    @Test
    void sameLineOfAnotherFileIsKept() {
        Finding elsewhere = fromBytecode(LEAK_EXECUTOR_NOT_SHUTDOWN, REPORTS, 12);

        assertEquals(List.of(elsewhere), suppressions.apply(List.of(elsewhere)));
    }

    @Test
    void sourceFindingsAreLeftAsTheSourceEngineJudgedThem() {
        Finding fromSourceEngine = fromSource(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 12, 9);

        assertEquals(List.of(fromSourceEngine), suppressions.apply(List.of(fromSourceEngine)));
    }
}
