package io.github.leakhound.maven.merge;

import static io.github.leakhound.core.Rule.LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN;
import static io.github.leakhound.core.Rule.LEAK_EXECUTOR_NOT_SHUTDOWN;
import static io.github.leakhound.core.Rule.LEAK_EXECUTOR_OVERWRITTEN;
import static io.github.leakhound.maven.Findings.fromBytecode;
import static io.github.leakhound.maven.Findings.fromSource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.leakhound.core.Engine;
import io.github.leakhound.core.Finding;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FindingMergerTest {

    private static final String ORDERS = "src/main/java/com/acme/OrderService.java";
    private static final String REPORTS = "src/main/java/com/acme/ReportExporter.java";

    private final FindingMerger merger = new FindingMerger();

    @Test
    void sameRuleFileAndLineFromBothEnginesBecomesOneFinding() {
        List<Finding> merged = merger.merge(List.of(
                fromBytecode(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 12),
                fromSource(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 12, 9)));

        assertEquals(1, merged.size());
        assertEquals(Set.of(Engine.SOURCE, Engine.BYTECODE), merged.get(0).engines());
    }

    @Test
    void mergedFindingKeepsTheSourceEnginesColumnAndMessage() {
        Finding merged = merger.merge(List.of(
                fromBytecode(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 12),
                fromSource(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 12, 9))).get(0);

        assertEquals(9, merged.location().column());
        assertEquals("source says: pool leaks", merged.message());
    }

    @Test
    void differentLinesStaySeparate() {
        List<Finding> merged = merger.merge(List.of(
                fromSource(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 12, 9),
                fromBytecode(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 13)));

        assertEquals(2, merged.size());
    }

    @Test
    void differentRulesOnOneLineStaySeparate() {
        List<Finding> merged = merger.merge(List.of(
                fromSource(LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN, ORDERS, 20, 9),
                fromBytecode(LEAK_EXECUTOR_OVERWRITTEN, ORDERS, 20)));

        assertEquals(2, merged.size());
    }

    @Test
    void differentFilesStaySeparate() {
        List<Finding> merged = merger.merge(List.of(
                fromSource(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 12, 9),
                fromBytecode(LEAK_EXECUTOR_NOT_SHUTDOWN, REPORTS, 12)));

        assertEquals(2, merged.size());
    }

    @Test
    void twoLeaksOnOneLineFoundOnlyOnceByBytecodeKeepTheSecondSourceFinding() {
        List<Finding> merged = merger.merge(List.of(
                fromSource(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 12, 30),
                fromSource(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 12, 9),
                fromBytecode(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 12)));

        assertEquals(2, merged.size());
        assertEquals(Set.of(Engine.SOURCE, Engine.BYTECODE), merged.get(0).engines());
        assertEquals(9, merged.get(0).location().column());
        assertEquals(Set.of(Engine.SOURCE), merged.get(1).engines());
    }

    @Test
    void identicalFindingsOfOneEngineAreReportedOnce() {
        Finding twice = fromBytecode(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 12);

        assertEquals(List.of(twice), merger.merge(List.of(twice, twice)));
    }

    @Test
    void resultIsSortedByPosition() {
        Finding first = fromSource(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 3, 5);
        Finding second = fromBytecode(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 40);
        Finding third = fromSource(LEAK_EXECUTOR_NOT_SHUTDOWN, REPORTS, 1, 1);

        assertEquals(List.of(first, second, third), merger.merge(List.of(third, second, first)));
    }
}
