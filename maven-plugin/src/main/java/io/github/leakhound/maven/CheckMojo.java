package io.github.leakhound.maven;

import io.github.leakhound.core.Finding;
import io.github.leakhound.core.report.Baseline;
import io.github.leakhound.core.report.Fingerprint;
import io.github.leakhound.core.report.RuleDocs;
import io.github.leakhound.core.report.SarifReport;
import io.github.leakhound.core.report.SpotBugsXmlReport;
import io.github.leakhound.maven.config.FailureThreshold;
import io.github.leakhound.maven.diff.ChangedLines;
import io.github.leakhound.maven.diff.GitChangedLines;
import io.github.leakhound.maven.report.ConsoleReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Analyses the project for concurrency leaks with both leakhound engines (source files and compiled classes),
 * leaves out findings accepted in the baseline (and, with {@code since}, findings on unchanged lines), prints the
 * rest grouped by file, writes SARIF and SpotBugs XML reports, and fails the build on findings at or above
 * {@code failOnSeverity}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class CheckMojo extends AbstractLeakhoundMojo {

    static final String SARIF_FILE_NAME = "leakhound.sarif";
    static final String SPOTBUGS_XML_FILE_NAME = "leakhound-spotbugs.xml";

    /**
     * Fails the build when leakhound reports a finding at or above {@code failOnSeverity}. Set to {@code false}
     * to only report findings (as warnings on the console and in the reports).
     */
    @Parameter(property = "leakhound.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /**
     * The least severity that fails the build: {@code error}, {@code warning} or {@code note} (the default: any
     * finding fails). Findings below it are printed as warnings and kept in the reports.
     */
    @Parameter(property = "leakhound.failOnSeverity", defaultValue = "note")
    private String failOnSeverity;

    /**
     * The directory the reports are written to: {@code leakhound.sarif} (SARIF 2.1.0, for GitHub code scanning)
     * and {@code leakhound-spotbugs.xml} (for tools that read SpotBugs reports).
     */
    @Parameter(property = "leakhound.outputDirectory", defaultValue = "${project.build.directory}/leakhound")
    private File outputDirectory;

    /**
     * Where the rule pages live: each SARIF rule links {@code ruleDocsBaseUrl + RULE_ID + ".md"} in its help
     * text and {@code helpUri}.
     */
    @Parameter(property = "leakhound.ruleDocsBaseUrl", defaultValue = RuleDocs.DEFAULT_BASE_URL)
    private String ruleDocsBaseUrl;

    /**
     * A git ref (branch, tag or commit, e.g. {@code origin/main}): only findings on lines changed since it are
     * reported, uncommitted changes and untracked files included. For pull-request gating; needs {@code git}.
     */
    @Parameter(property = "leakhound.since")
    private String since;

    /** The directory Maven was started in; SARIF paths are relative to it, as code scanning expects. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    private File executionRootDirectory;

    private FailureThreshold threshold;

    @Override
    void checkParameters() throws MojoExecutionException {
        threshold = FailureThreshold.parse(failOnSeverity);
        if (ruleDocsBaseUrl == null || ruleDocsBaseUrl.isBlank()) {
            throw new MojoExecutionException("The parameter 'ruleDocsBaseUrl' (leakhound.ruleDocsBaseUrl) must not be blank.");
        }
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Optional<AnalysedProject> analysed = analyseProject();
        if (analysed.isEmpty()) {
            return;
        }
        AnalysedProject project = analysed.get();
        List<Finding> findings = withoutBaseline(project);
        if (since != null && !since.isBlank()) {
            findings = onChangedLines(findings, project);
        }

        List<Path> reports = writeReports(findings, project);
        Predicate<Finding> failsBuild = finding -> failOnViolation && threshold.fails(finding);
        List<Finding> failing = findings.stream().filter(failsBuild).toList();
        new ConsoleReport(getLog(), failsBuild).print(findings, project.result().warnings(),
                reports.stream().map(project.layout()::describe).toList());
        if (!failing.isEmpty()) {
            throw new MojoFailureException(ConsoleReport.failureMessage(failing));
        }
    }

    private List<Finding> withoutBaseline(AnalysedProject project) throws MojoExecutionException {
        List<Finding> findings = project.result().findings();
        Path file = baselineFile().toPath();
        if (!Files.isRegularFile(file)) {
            return findings;
        }
        Baseline baseline;
        try {
            baseline = Baseline.read(file);
        } catch (IOException e) {
            throw new MojoExecutionException("leakhound cannot read its baseline: " + e.getMessage(), e);
        }
        List<Finding> unknown = findings.stream()
                .filter(finding -> !baseline.contains(Fingerprint.of(finding, project.sourceLines())))
                .toList();
        getLog().info("leakhound: skipped " + (findings.size() - unknown.size()) + " known finding"
                + (findings.size() - unknown.size() == 1 ? "" : "s") + " listed in the baseline "
                + project.layout().describe(file));
        return unknown;
    }

    private List<Finding> onChangedLines(List<Finding> findings, AnalysedProject project) throws MojoExecutionException {
        ChangedLines changed = new GitChangedLines(project.layout().baseDir()).since(since.trim());
        List<Finding> onChanges = findings.stream()
                .filter(finding -> changed.contains(finding.location().sourcePath(), finding.location().line()))
                .toList();
        getLog().info("leakhound: since " + since.trim() + ": " + onChanges.size() + " of " + findings.size()
                + " findings are on changed lines");
        return onChanges;
    }

    private List<Path> writeReports(List<Finding> findings, AnalysedProject project) throws MojoExecutionException {
        Path sarif = outputDirectory.toPath().resolve(SARIF_FILE_NAME);
        Path spotBugsXml = outputDirectory.toPath().resolve(SPOTBUGS_XML_FILE_NAME);
        try {
            new SarifReport(toolVersion())
                    .withRuleDocs(new RuleDocs(ruleDocsBaseUrl.trim()))
                    .withSourceLines(project.sourceLines())
                    .withUriPrefix(pathFromExecutionRoot(project.layout().baseDir()))
                    .write(findings, sarif);
            new SpotBugsXmlReport(toolVersion(), project.sourceLines())
                    .write(findings, project.layout().baseDir().toString(), spotBugsXml);
        } catch (IOException e) {
            throw new MojoExecutionException("leakhound cannot write its reports to " + outputDirectory + ": "
                    + e.getMessage(), e);
        }
        return List.of(sarif, spotBugsXml);
    }

    /** {@code orders/} for module {@code orders} of a build started one level up; empty for the top project. */
    private String pathFromExecutionRoot(Path baseDir) {
        if (executionRootDirectory == null) {
            return "";
        }
        Path root = executionRootDirectory.toPath().toAbsolutePath().normalize();
        if (!baseDir.startsWith(root) || baseDir.equals(root)) {
            return "";
        }
        return root.relativize(baseDir).toString().replace('\\', '/') + "/";
    }
}
