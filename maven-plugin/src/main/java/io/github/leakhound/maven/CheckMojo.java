package io.github.leakhound.maven;

import io.github.leakhound.core.AnalysisResult;
import io.github.leakhound.core.report.SarifReport;
import io.github.leakhound.maven.report.ConsoleReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Analyses the project for concurrency leaks with both leakhound engines (source files and compiled classes),
 * prints every finding, writes a SARIF report, and fails the build when there are findings.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public class CheckMojo extends AbstractMojo {

    static final String SARIF_FILE_NAME = "leakhound.sarif";

    /** Skips the analysis entirely. */
    @Parameter(property = "leakhound.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Fails the build when leakhound reports any finding. Set to {@code false} to only report them (as
     * warnings on the console and in the SARIF file), for example while adopting leakhound on existing code.
     */
    @Parameter(property = "leakhound.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /**
     * The engines to run, comma-separated: {@code source} (JavaParser rules over the compile source roots),
     * {@code bytecode} (SpotBugs detectors over the compiled classes), or both. Findings of both engines on the
     * same line are reported once. An unknown name fails the build.
     */
    @Parameter(property = "leakhound.engines", defaultValue = "source,bytecode")
    private String engines;

    /** The directory the reports are written to; the SARIF report is {@code leakhound.sarif} in it. */
    @Parameter(property = "leakhound.outputDirectory", defaultValue = "${project.build.directory}/leakhound")
    private File outputDirectory;

    /** The project being analysed. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** This plugin, for the tool version written into the reports. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("leakhound: skipped (skip=true)");
            return;
        }
        EngineSelection selection = EngineSelection.parse(engines);
        if ("pom".equals(project.getPackaging())) {
            getLog().info("leakhound: skipped, a project with packaging 'pom' has no code of its own");
            return;
        }
        ProjectLayout layout = layout();
        AnalysisResult result = analyse(selection, layout);

        Path sarif = outputDirectory.toPath().resolve(SARIF_FILE_NAME);
        writeSarif(result, sarif);
        boolean buildFails = failOnViolation && !result.findings().isEmpty();
        new ConsoleReport(getLog(), buildFails).print(result.findings(), result.warnings(), layout.describe(sarif));
        if (buildFails) {
            throw new MojoFailureException(ConsoleReport.failureMessage(result.findings()));
        }
    }

    private ProjectLayout layout() throws MojoExecutionException {
        try {
            return ProjectLayout.of(project);
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("leakhound needs the project's compile classpath: " + e.getMessage(), e);
        }
    }

    private AnalysisResult analyse(EngineSelection selection, ProjectLayout layout) throws MojoExecutionException {
        try {
            return new ProjectAnalysis(selection, getLog()).run(layout);
        } catch (RuntimeException | LinkageError e) {
            // The engines turn bad input into warnings; anything reaching here is a leakhound bug or a broken
            // installation, and must not pass for a clean result.
            throw new MojoExecutionException("leakhound's analysis failed: " + e, e);
        }
    }

    private void writeSarif(AnalysisResult result, Path file) throws MojoExecutionException {
        try {
            new SarifReport(plugin.getVersion()).write(result.findings(), file);
        } catch (IOException e) {
            throw new MojoExecutionException("leakhound cannot write its SARIF report " + file + ": " + e.getMessage(), e);
        }
    }
}
