package io.github.leakhound.maven.report;

import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Location;
import io.github.leakhound.core.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.maven.plugin.logging.Log;

/**
 * Prints findings to the Maven console in the {@code file:[line,column] RULE_ID message} form that IDE consoles
 * and CI log viewers turn into links, followed by a one-line summary.
 */
public final class ConsoleReport {

    private final Log log;
    private final boolean buildFails;

    /**
     * @param log        the mojo's log
     * @param buildFails true when these findings will fail the build: they are then printed as errors,
     *                   otherwise as warnings, so the console's colour matches the build's outcome
     */
    public ConsoleReport(Log log, boolean buildFails) {
        this.log = log;
        this.buildFails = buildFails;
    }

    /** Prints every finding (already sorted), every engine warning, and the summary line. */
    public void print(List<Finding> findings, List<String> engineWarnings, String reportPath) {
        Consumer<CharSequence> findingSink = buildFails ? log::error : log::warn;
        findings.forEach(finding -> findingSink.accept(line(finding)));
        engineWarnings.forEach(warning -> log.warn("leakhound: " + warning));
        log.info(summary(findings, reportPath));
    }

    /** {@code src/main/java/com/acme/X.java:[12,9] RULE_ID message}; {@code [12]} when the column is unknown. */
    public static String line(Finding finding) {
        Location location = finding.location();
        String position = location.column() > 0
                ? "[" + location.line() + "," + location.column() + "]"
                : "[" + location.line() + "]";
        return location.sourcePath() + ":" + position + " " + finding.rule().id() + " " + finding.message();
    }

    /** {@code leakhound: 3 findings (2 errors, 1 warning) — report: target/leakhound/leakhound.sarif}. */
    public static String summary(List<Finding> findings, String reportPath) {
        String counts = findings.isEmpty()
                ? "no findings"
                : counted(findings.size(), "finding") + " (" + String.join(", ", severityCounts(findings)) + ")";
        return "leakhound: " + counts + " — report: " + reportPath;
    }

    /** {@code leakhound found 2 concurrency leaks; see above}: the text of the build failure. */
    public static String failureMessage(List<Finding> findings) {
        return "leakhound found " + counted(findings.size(), "concurrency leak") + "; see above";
    }

    private static List<String> severityCounts(List<Finding> findings) {
        List<String> counts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            long count = findings.stream().filter(finding -> finding.severity() == severity).count();
            if (count > 0) {
                counts.add(counted(count, severity.sarifLevel()));
            }
        }
        return counts;
    }

    private static String counted(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
