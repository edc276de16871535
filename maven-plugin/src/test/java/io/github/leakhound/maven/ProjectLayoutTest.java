package io.github.leakhound.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

        assertEquals(List.of(baseDir.resolve("target/classes")), layout.classRoots());
        assertTrue(layout.auxClasspath().isEmpty(), layout.auxClasspath().toString());
    }

    @Test
    void outputDirectoryWithoutClassesIsNotAnalysed() throws Exception {
        Files.createDirectories(baseDir.resolve("target/classes/META-INF"));

        assertEquals(List.of(), ProjectLayout.of(project()).classRoots());
    }

    @Test
    void testSourcesAndClassesAreAnalysedOnlyWhenIncluded() throws Exception {
        Path testSources = Files.createDirectories(baseDir.resolve("src/test/java"));
        Path testClasses = Files.createDirectories(baseDir.resolve("target/test-classes/com/acme"));
        Files.writeString(testClasses.resolve("OrderServiceTest.class"), "");
        MavenProject project = project();
        project.addTestCompileSourceRoot(testSources.toString());

        assertEquals(List.of(), ProjectLayout.of(project, false).sourceRoots());
        ProjectLayout withTests = ProjectLayout.of(project, true);
        assertEquals(List.of(testSources), withTests.sourceRoots());
        assertEquals(List.of(baseDir.resolve("target/test-classes")), withTests.classRoots());
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
        project.getBuild().setTestOutputDirectory(baseDir.resolve("target/test-classes").toString());
        return project;
    }
}
