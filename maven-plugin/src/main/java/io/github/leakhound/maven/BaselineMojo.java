package io.github.leakhound.maven;

import io.github.leakhound.core.report.Baseline;
import java.io.IOException;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Records every current finding in the baseline file ({@code leakhound-baseline.json}), so that {@code check}
 * fails only on new ones: the way to adopt leakhound on existing code and fix the known leaks over time.
 * Run it after compiling, e.g. {@code mvn compile leakhound:baseline}, and commit the file.
 */
@Mojo(name = "baseline", threadSafe = true, requiresDependencyResolution = ResolutionScope.TEST)
public class BaselineMojo extends AbstractLeakhoundMojo {

    @Override
    public void execute() throws MojoExecutionException {
        Optional<AnalysedProject> analysed = analyseProject();
        if (analysed.isEmpty()) {
            return;
        }
        AnalysedProject project = analysed.get();
        Baseline baseline = Baseline.of(project.result().findings(), project.sourceLines());
        try {
            baseline.write(baselineFile().toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("leakhound cannot write its baseline " + baselineFile() + ": "
                    + e.getMessage(), e);
        }
        project.result().warnings().forEach(warning -> getLog().warn("leakhound: " + warning));
        getLog().info("leakhound: baseline of " + baseline.entries().size() + " finding"
                + (baseline.entries().size() == 1 ? "" : "s") + " written to "
                + project.layout().describe(baselineFile().toPath()));
    }
}
