package io.github.leakhound.maven.report;

import static io.github.leakhound.core.Rule.LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN;
import static io.github.leakhound.core.Rule.LEAK_EXECUTOR_NOT_SHUTDOWN;
import static io.github.leakhound.core.Rule.LEAK_EXECUTOR_OVERWRITTEN;
import static io.github.leakhound.maven.Findings.fromBytecode;
import static io.github.leakhound.maven.Findings.fromSource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

    private static final String ORDERS = "src/main/java/com/acme/OrderService.java";
    private static final String OTHER = "src/main/java/com/acme/Billing.java";
    private static final String SARIF = "target/leakhound/leakhound.sarif";
    private static final String XML = "target/leakhound/leakhound-spotbugs.xml";
    private static final List<String> REPORTS = List.of(SARIF, XML);

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

        assertEquals("leakhound: 3 findings (2 errors, 1 warning) — reports: " + SARIF + ", " + XML,
                ConsoleReport.summary(findings, REPORTS));
    }

    @Test
    void summaryOfOneFindingIsSingular() {
        assertEquals("leakhound: 1 finding (1 error) — reports: " + SARIF,
                ConsoleReport.summary(List.of(fromSource(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 12, 9)), List.of(SARIF)));
    }

    @Test
    void summaryWithoutFindingsSaysSo() {
        assertEquals("leakhound: no findings — reports: " + SARIF, ConsoleReport.summary(List.of(), List.of(SARIF)));
    }

    @Test
    void failureMessageCountsTheLeaks() {
        assertEquals("leakhound found 2 concurrency leaks; see above", ConsoleReport.failureMessage(List.of(
                fromSource(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 12, 9),
                fromSource(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 14, 9))));
    }

    @Test
    void findingsAreGroupedByFileAndErrorsWhenTheyFailTheBuild() {
        RecordingLog log = new RecordingLog();

        new ConsoleReport(log, finding -> true).print(List.of(
                fromSource(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 30, 9),
                fromSource(LEAK_EXECUTOR_NOT_SHUTDOWN, OTHER, 3, 9),
                fromSource(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 12, 9)), List.of(), REPORTS);

        assertEquals(List.of(
                "[ERROR] leakhound: " + OTHER + " — 1 finding",
                "[ERROR] " + OTHER + ":[3,9] LEAK_EXECUTOR_NOT_SHUTDOWN source says: pool leaks",
                "[ERROR] leakhound: " + ORDERS + " — 2 findings",
                "[ERROR] " + ORDERS + ":[12,9] LEAK_EXECUTOR_NOT_SHUTDOWN source says: pool leaks",
                "[ERROR] " + ORDERS + ":[30,9] LEAK_EXECUTOR_NOT_SHUTDOWN source says: pool leaks",
                "[INFO] leakhound: 3 errors — fails the build",
                "[INFO] leakhound: 3 findings (3 errors) — reports: " + SARIF + ", " + XML), log.lines);
    }

    @Test
    void findingsBelowTheThresholdAreWarningsAndTheirSeveritySaysReportedOnly() {
        RecordingLog log = new RecordingLog();

        new ConsoleReport(log, finding -> finding.severity() == Severity.ERROR).print(List.of(
                fromSource(LEAK_EXECUTOR_NOT_SHUTDOWN, ORDERS, 12, 9),
                fromSource(LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN, ORDERS, 5, 5)), List.of(), REPORTS);

        assertEquals(List.of(
                "[ERROR] leakhound: " + ORDERS + " — 2 findings",
                "[WARNING] " + ORDERS + ":[5,5] LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN source says: pool leaks",
                "[ERROR] " + ORDERS + ":[12,9] LEAK_EXECUTOR_NOT_SHUTDOWN source says: pool leaks",
                "[INFO] leakhound: 1 error — fails the build",
                "[INFO] leakhound: 1 warning — reported only",
                "[INFO] leakhound: 2 findings (1 error, 1 warning) — reports: " + SARIF + ", " + XML), log.lines);
    }

    @Test
    void engineWarningsArePrintedAsWarnings() {
        RecordingLog log = new RecordingLog();

        new ConsoleReport(log, finding -> false).print(List.of(), List.of("src/main/java/Broken.java: cannot parse"),
                List.of(SARIF));

        assertEquals(List.of(
                "[WARNING] leakhound: src/main/java/Broken.java: cannot parse",
                "[INFO] leakhound: no findings — reports: " + SARIF), log.lines);
    }
}
