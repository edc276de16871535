package io.github.leakhound.rules.cli;

import io.github.leakhound.core.AnalysisResult;
import io.github.leakhound.core.Finding;
import io.github.leakhound.core.ThreadOwners;
import io.github.leakhound.core.report.SarifReport;
import io.github.leakhound.rules.SourceEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The command line of the source engine: {@code java -jar leakhound-rules.jar [--sarif FILE] <path>...}.
 * Findings go to standard output, one per line; warnings and the summary go to standard error.
 */
public final class LeakhoundCli {

    /** Exit status when no finding was reported. */
    public static final int NO_FINDINGS = 0;
    /** Exit status when at least one finding was reported. */
    public static final int FINDINGS = 1;
    /** Exit status for a usage error or an input/output error. */
    public static final int USAGE_OR_IO_ERROR = 2;

    static final String USAGE = String.join(System.lineSeparator(),
            "usage: java -jar leakhound-rules.jar [--sarif FILE] <path>...",
            "",
            "Finds concurrency leaks in Java source files: executors, timers and other thread owners never",
            "released, and periodic tasks never cancelled.",
            "Each <path> is a source root (its package directories are searched for .java files) or a .java file.",
            "",
            "options:",
            "  --sarif FILE  also write the findings as a SARIF 2.1.0 report to FILE",
            "  -h, --help    print this help",
            "",
            "output: one line per finding on standard output, sorted:",
            "  <path>:<line>:<column>: <RULE_ID> <message>",
            "where <path> is the path as given joined with the file's path below it. Warnings about files that",
            "could not be analysed (\"warning: ...\") and the summary (\"N findings\" or \"no findings\") go to",
            "standard error.",
            "",
            "exit status: 0 no findings, 1 findings, 2 usage or input/output error.");

    private LeakhoundCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line and returns its exit status instead of exiting. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CliArguments arguments;
        try {
            arguments = CliArguments.parse(args);
        } catch (CliArguments.UsageException problem) {
            return usageError(problem.getMessage(), err);
        }
        if (arguments.help()) {
            out.println(USAGE);
            return NO_FINDINGS;
        }
        List<Path> roots = new ArrayList<>();
        for (String given : arguments.paths()) {
            Path root = Path.of(given);
            if (!Files.exists(root)) {
                return usageError("path does not exist: " + given, err);
            }
            roots.add(root);
        }

        AnalysisResult result = new SourceEngine(ThreadOwners.defaults()).analyze(roots);
        List<Finding> shown = result.findings().stream()
                .map(finding -> finding.at(finding.location().withSourcePath(displayPath(finding, roots))))
                .sorted(Finding.BY_POSITION)
                .toList();
        for (Finding finding : shown) {
            out.println(line(finding));
        }
        for (String warning : result.warnings()) {
            err.println("warning: " + warning);
        }
        err.println(summary(shown.size()));

        if (arguments.sarif().isPresent()) {
            try {
                List<Finding> relative = shown.stream()
                        .map(finding -> finding.at(finding.location().withSourcePath(
                                sarifPath(finding.location().sourcePath()))))
                        .toList();
                new SarifReport(version()).write(relative, arguments.sarif().get());
            } catch (IOException problem) {
                err.println("error: cannot write SARIF report " + arguments.sarif().get() + ": " + problem.getMessage());
                return USAGE_OR_IO_ERROR;
            }
        }
        return shown.isEmpty() ? NO_FINDINGS : FINDINGS;
    }

    static String line(Finding finding) {
        return finding.location().sourcePath() + ":" + finding.location().line() + ":" + finding.location().column()
                + ": " + finding.rule().id() + " " + finding.message();
    }

    static String summary(int count) {
        return count == 0 ? "no findings" : count == 1 ? "1 finding" : count + " findings";
    }

    /**
     * The finding's file as the user named it: the given root joined with the path below it. The engine
     * reports paths relative to their root; the first root that holds such a file is taken as its root.
     */
    private static String displayPath(Finding finding, List<Path> roots) {
        String relative = finding.location().sourcePath();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                if (root.getFileName().toString().equals(relative)) {
                    return root.toString();
                }
            } else if (Files.isRegularFile(root.resolve(relative))) {
                return root.resolve(relative).toString();
            }
        }
        return relative;
    }

    /**
     * SARIF locations are relative to the source root the viewer checks out; a path under the working
     * directory is made relative to it, with {@code /} separators.
     */
    static String sarifPath(String shownPath) {
        Path path = Path.of(shownPath);
        Path workingDirectory = Path.of("").toAbsolutePath();
        if (path.isAbsolute() && path.startsWith(workingDirectory)) {
            path = workingDirectory.relativize(path);
        }
        List<String> parts = new ArrayList<>();
        path.normalize().forEach(part -> parts.add(part.toString()));
        return (path.isAbsolute() ? "/" : "") + String.join("/", parts);
    }

    private static int usageError(String problem, PrintStream err) {
        err.println("error: " + problem);
        err.println(USAGE);
        return USAGE_OR_IO_ERROR;
    }

    /** The version Maven recorded in the jar, or "unknown" when run from classes. */
    private static String version() {
        String resource = "/META-INF/maven/io.github.leakhound/leakhound-rules/pom.properties";
        try (InputStream in = LeakhoundCli.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException problem) {
            return "unknown";
        }
    }
}
