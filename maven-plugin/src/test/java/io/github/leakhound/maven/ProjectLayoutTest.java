package io.github.leakhound.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLayoutTest {

    @TempDir
    Path baseDir;

    @Test
    void sourceRootsThatDoNotExistAreLeftOut() throws Exception {
        Path sources = Files.createDirectories(baseDir.resolve("src/main/java"));
        MavenProject project = project();
        project.addCompileSourceRoot(sources.toString());
        project.addCompileSourceRoot(baseDir.resolve("target/generated-sources/none").toString());

        assertEquals(List.of(sources), ProjectLayout.of(project).sourceRoots());
    }

    @Test
    void outputDirectoryWithClassesIsAnalysedButNotOnTheAuxClasspath() throws Exception {
        Path classes = Files.createDirectories(baseDir.resolve("target/classes/com/acme"));
        Files.writeString(classes.resolve("OrderService.class"), "");

        ProjectLayout layout = ProjectLayout.of(project());

        assertEquals(Optional.of(baseDir.resolve("target/classes")), layout.compiledClasses());
        assertTrue(layout.auxClasspath().isEmpty(), layout.auxClasspath().toString());
    }

    @Test
    void outputDirectoryWithoutClassesIsNotAnalysed() throws Exception {
        Files.createDirectories(baseDir.resolve("target/classes/META-INF"));

        assertEquals(Optional.empty(), ProjectLayout.of(project()).compiledClasses());
    }

    @Test
    void pathsAreDescribedRelativeToTheBaseDirectory() throws IOException, DependencyResolutionRequiredException {
        ProjectLayout layout = ProjectLayout.of(project());

        assertEquals("target/leakhound/leakhound.sarif",
                layout.describe(baseDir.resolve("target/leakhound/leakhound.sarif")));
    }

    private MavenProject project() {
        MavenProject project = new MavenProject();
        project.setFile(new File(baseDir.toFile(), "pom.xml"));
        project.getBuild().setDirectory(baseDir.resolve("target").toString());
        project.getBuild().setOutputDirectory(baseDir.resolve("target/classes").toString());
        return project;
    }
}
