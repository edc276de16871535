package io.github.leakhound.maven;

import io.github.leakhound.core.AnalysisResult;
import io.github.leakhound.maven.config.FindingScope;
import io.github.leakhound.maven.config.RuleSelection;
import io.github.leakhound.maven.config.SourcePathFilter;
import java.io.File;
import java.util.Optional;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the {@code check} and {@code baseline} goals share: the parameters that decide what is analysed and
 * reported, and the analysis itself.
 */
abstract class AbstractLeakhoundMojo extends AbstractMojo {

    /** Skips the analysis entirely. */
    @Parameter(property = "leakhound.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The engines to run, comma-separated: {@code source} (JavaParser rules over the source roots),
     * {@code bytecode} (SpotBugs detectors over the compiled classes), or both. Findings of both engines on the
     * same line are reported once. An unknown name fails the build.
     */
    @Parameter(property = "leakhound.engines", defaultValue = "source,bytecode")
    private String engines;

    /**
     * Also analyses the test source roots and the test classes (against the test classpath). By default only the
     * main code is analysed.
     */
    @Parameter(property = "leakhound.includeTests", defaultValue = "false")
    private boolean includeTests;

    /**
     * Ant-style patterns, comma-separated, of the source files to report on, relative to their source root
     * (for example {@code com/acme/orders/**}). Empty: every file.
     */
    @Parameter(property = "leakhound.includes", defaultValue = "")
    private String includes;

    /**
     * Ant-style patterns, comma-separated, of source files not to report on, relative to their source root (for
     * example {@code **}{@code /generated/**,**}{@code /*Test.java}). Wins over {@code includes}.
     */
    @Parameter(property = "leakhound.excludes", defaultValue = "")
    private String excludes;

    /**
     * The rule IDs to report, comma-separated (for example {@code LEAK_EXECUTOR_NOT_SHUTDOWN}). Empty: every rule.
     * An unknown ID fails the build and lists the known ones.
     */
    @Parameter(property = "leakhound.enabledRules", defaultValue = "")
    private String enabledRules;

    /**
     * The rule IDs not to report, comma-separated; wins over {@code enabledRules}. An unknown ID fails the build
     * and lists the known ones.
     */
    @Parameter(property = "leakhound.disabledRules", defaultValue = "")
    private String disabledRules;

    /**
     * The baseline: findings accepted for now. The {@code baseline} goal writes it; {@code check} reports only the
     * findings that are not in it, when the file exists.
     */
    @Parameter(property = "leakhound.baselineFile", defaultValue = "${project.basedir}/leakhound-baseline.json")
    private File baselineFile;

    /** The project being analysed. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** This plugin, for the tool version written into the reports. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    /** What the analysis of one project produced. */
    record AnalysedProject(ProjectLayout layout, AnalysisResult result, ProjectSourceLines sourceLines) {
    }

    /**
     * Checks the parameters (before any analysis: a typo fails fast), then analyses the project; empty when
     * skipped or when the project has no code of its own.
     */
    final Optional<AnalysedProject> analyseProject() throws MojoExecutionException {
        if (skip) {
            getLog().info("leakhound: skipped (skip=true)");
            return Optional.empty();
        }
        EngineSelection selection = EngineSelection.parse(engines);
        FindingScope scope = new FindingScope(RuleSelection.parse(enabledRules, disabledRules),
                SourcePathFilter.parse(includes, excludes));
        checkParameters();
        if ("pom".equals(project.getPackaging())) {
            getLog().info("leakhound: skipped, a project with packaging 'pom' has no code of its own");
            return Optional.empty();
        }
        ProjectLayout layout = layout();
        AnalysisResult result = analyse(selection, scope, layout);
        return Optional.of(new AnalysedProject(layout, result, new ProjectSourceLines(layout.baseDir())));
    }

    /** Lets a goal check its own parameters before the analysis runs. */
    void checkParameters() throws MojoExecutionException {
    }

    final File baselineFile() {
        return baselineFile;
    }

    final MavenProject project() {
        return project;
    }

    final String toolVersion() {
        return plugin.getVersion();
    }

    private ProjectLayout layout() throws MojoExecutionException {
        try {
            return ProjectLayout.of(project, includeTests);
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("leakhound needs the project's classpath: " + e.getMessage(), e);
        }
    }

    private AnalysisResult analyse(EngineSelection selection, FindingScope scope, ProjectLayout layout)
            throws MojoExecutionException {
        try {
            return new ProjectAnalysis(selection, scope, getLog()).run(layout);
        } catch (RuntimeException | LinkageError e) {
            // The engines turn bad input into warnings; anything reaching here is a leakhound bug or a broken
            // installation, and must not pass for a clean result.
            throw new MojoExecutionException("leakhound's analysis failed: " + e, e);
        }
    }
}
