package io.github.leakhound.maven.report;

import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Location;
import io.github.leakhound.core.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.maven.plugin.logging.Log;

/**
 * Prints findings to the Maven console grouped by file and sorted by line, in the
 * {@code file:[line,column] RULE_ID message} form that IDE consoles and CI log viewers turn into links, then one
 * line per severity and a summary naming the reports. Findings that fail the build are errors, so that
 * {@code mvn -q}, which shows only errors, still shows exactly them.
 */
public final class ConsoleReport {

    private final Log log;
    private final Predicate<Finding> failsBuild;

    /**
     * @param log        the mojo's log
     * @param failsBuild which findings fail the build: they are printed as errors, the others as warnings, so the
     *                   console's colour matches the build's outcome
     */
    public ConsoleReport(Log log, Predicate<Finding> failsBuild) {
        this.log = log;
        this.failsBuild = failsBuild;
    }

    /** Prints every finding, every engine warning, a line per severity and the summary. */
    public void print(List<Finding> findings, List<String> engineWarnings, List<String> reportPaths) {
        for (Map.Entry<String, List<Finding>> file : byFile(findings).entrySet()) {
            List<Finding> inFile = file.getValue();
            sinkFor(inFile.stream().anyMatch(failsBuild)).accept("leakhound: " + file.getKey() + " — "
                    + counted(inFile.size(), "finding"));
            inFile.forEach(finding -> sinkFor(failsBuild.test(finding)).accept(line(finding)));
        }
        engineWarnings.forEach(warning -> log.warn("leakhound: " + warning));
        for (Severity severity : Severity.values()) {
            List<Finding> ofSeverity = findings.stream().filter(finding -> finding.severity() == severity).toList();
            if (!ofSeverity.isEmpty()) {
                log.info("leakhound: " + counted(ofSeverity.size(), severity.sarifLevel())
                        + (ofSeverity.stream().anyMatch(failsBuild) ? " — fails the build" : " — reported only"));
            }
        }
        log.info(summary(findings, reportPaths));
    }

    /** {@code src/main/java/com/acme/X.java:[12,9] RULE_ID message}; {@code [12]} when the column is unknown. */
    public static String line(Finding finding) {
        Location location = finding.location();
        String position = location.column() > 0
                ? "[" + location.line() + "," + location.column() + "]"
                : "[" + location.line() + "]";
        return location.sourcePath() + ":" + position + " " + finding.rule().id() + " " + finding.message();
    }

    /** {@code leakhound: 3 findings (2 errors, 1 warning) — reports: target/leakhound/leakhound.sarif, ...}. */
    public static String summary(List<Finding> findings, List<String> reportPaths) {
        String counts = findings.isEmpty()
                ? "no findings"
                : counted(findings.size(), "finding") + " (" + String.join(", ", severityCounts(findings)) + ")";
        return "leakhound: " + counts + " — reports: " + String.join(", ", reportPaths);
    }

    /** {@code leakhound found 2 concurrency leaks; see above}: the text of the build failure. */
    public static String failureMessage(List<Finding> failing) {
        return "leakhound found " + counted(failing.size(), "concurrency leak") + "; see above";
    }

    private Consumer<CharSequence> sinkFor(boolean failing) {
        return failing ? log::error : log::warn;
    }

    private static Map<String, List<Finding>> byFile(List<Finding> findings) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        findings.stream().sorted(Finding.BY_POSITION).forEach(finding -> byFile
                .computeIfAbsent(finding.location().sourcePath(), path -> new ArrayList<>()).add(finding));
        return byFile;
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
