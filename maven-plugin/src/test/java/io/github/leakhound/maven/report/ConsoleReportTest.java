package io.github.leakhound.maven.report;

import static io.github.leakhound.core.Rule.LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN;
import static io.github.leakhound.core.Rule.LEAK_EXECUTOR_NOT_SHUTDOWN;
import static io.github.leakhound.core.Rule.LEAK_EXECUTOR_OVERWRITTEN;
import static io.github.leakhound.maven.Findings.fromBytecode;
import static io.github.leakhound.maven.Findings.fromSource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.leakhound.core.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

    private static final String ORDERS = "src/main/java/com/acme/OrderService.java";
    private static final String SARIF = "target/leakhound/leakhound.sarif";

    @Test
    void findingLineHasPathLineColumnRuleAndMessage() {
        assertEquals(ORDERS + ":[12,9] LEAK_EXECUTOR_NOT_SHUTDOWN source says: pool leaks",
                ConsoleReport.line(fromSource(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 12, 9)));
    }

    @Test
    void unknownColumnIsLeftOut() {
        assertEquals(ORDERS + ":[12] LEAK_EXECUTOR_NOT_SHUTDOWN bytecode says: pool leaks",
                ConsoleReport.line(fromBytecode(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 12)));
    }

    @Test
    void summaryCountsFindingsBySeverity() {
        List<Finding> findings = List.of(
                fromSource(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 12, 9),
                fromSource(LEAK_EXECUTOR_OVERWRITTEN, ORDERS, 30, 9),
                fromSource(LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN, ORDERS, 5, 5));

        assertEquals("leakhound: 3 findings (2 errors, 1 warning) — report: " + SARIF,
                ConsoleReport.summary(findings, SARIF));
    }

    @Test
    void summaryOfOneFindingIsSingular() {
        assertEquals("leakhound: 1 finding (1 error) — report: " + SARIF,
                ConsoleReport.summary(List.of(fromSource(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 12, 9)), SARIF));
    }

    @Test
    void summaryWithoutFindingsSaysSo() {
        assertEquals("leakhound: no findings — report: " + SARIF, ConsoleReport.summary(List.of(), SARIF));
    }

    @Test
    void failureMessageCountsTheLeaks() {
        assertEquals("leakhound found 2 concurrency leaks; see above", ConsoleReport.failureMessage(List.of(
                fromSource(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 12, 9),
                fromSource(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 14, 9))));
    }

    @Test
    void findingsAreErrorsWhenTheBuildFails() {
        RecordingLog log = new RecordingLog();

        new ConsoleReport(log, true).print(List.of(fromSource(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 12, 9)),
                List.of(), SARIF);

        assertEquals(List.of(
                "[ERROR] " + ORDERS + ":[12,9] LEAK_EXECUTOR_NOT_SHUTDOWN source says: pool leaks",
                "[INFO] leakhound: 1 finding (1 error) — report: " + SARIF), log.lines);
    }

    @Test
    void findingsAreWarningsWhenTheBuildDoesNotFail() {
        RecordingLog log = new RecordingLog();

        new ConsoleReport(log, false).print(List.of(fromSource(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 12, 9)),
                List.of(), SARIF);

        assertEquals("[WARNING] " + ORDERS + ":[12,9] LEAK_EXECUTOR_NOT_SHUTDOWN source says: pool leaks",
                log.lines.get(0));
    }

    @Test
    void engineWarningsArePrintedAsWarnings() {
        RecordingLog log = new RecordingLog();

        new ConsoleReport(log, false).print(List.of(), List.of("src/main/java/Broken.java: cannot parse"), SARIF);

        assertEquals(List.of(
                "[WARNING] leakhound: src/main/java/Broken.java: cannot parse",
                "[INFO] leakhound: no findings — report: " + SARIF), log.lines);
    }
}
