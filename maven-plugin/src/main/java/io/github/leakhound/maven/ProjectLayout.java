package io.github.leakhound.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.project.MavenProject;

/**
 * The parts of a Maven project the engines read: its source roots, its compiled classes and the classpath those
 * classes were compiled against.
 *
 * @param baseDir      the project's base directory; reported paths are relative to it
 * @param sourceRoots  the source roots that exist: the compile ones, and the test ones when tests are included
 * @param classRoots   the output directories that hold at least one class file (main, and test when included)
 * @param auxClasspath the classpath without the class roots: types the bytecode engine may look up but does not
 *                     report on
 */
public record ProjectLayout(Path baseDir, List<Path> sourceRoots, List<Path> classRoots, List<Path> auxClasspath) {

    public ProjectLayout {
        sourceRoots = List.copyOf(sourceRoots);
        classRoots = List.copyOf(classRoots);
        auxClasspath = List.copyOf(auxClasspath);
    }

    /** The layout of the main code of a project whose compile dependencies Maven has resolved. */
    public static ProjectLayout of(MavenProject project) throws DependencyResolutionRequiredException {
        return of(project, false);
    }

    /**
     * The layout of a project whose dependencies Maven has resolved; with {@code includeTests} its test sources
     * and test classes are analysed too, against the test classpath.
     */
    public static ProjectLayout of(MavenProject project, boolean includeTests) throws DependencyResolutionRequiredException {
        Path baseDir = absolute(project.getBasedir().toPath());
        List<String> roots = new ArrayList<>(project.getCompileSourceRoots());
        List<Path> outputDirectories = new ArrayList<>(List.of(absolute(Path.of(project.getBuild().getOutputDirectory()))));
        List<String> classpath = project.getCompileClasspathElements();
        if (includeTests) {
            roots.addAll(project.getTestCompileSourceRoots());
            outputDirectories.add(absolute(Path.of(project.getBuild().getTestOutputDirectory())));
            classpath = project.getTestClasspathElements();
        }
        List<Path> sourceRoots = roots.stream()
                .map(root -> absolute(Path.of(root)))
                .filter(Files::isDirectory)
                .distinct()
                .toList();
        List<Path> auxClasspath = classpath.stream()
                .map(element -> absolute(Path.of(element)))
                .filter(element -> !outputDirectories.contains(element))
                .filter(Files::exists)
                .distinct()
                .toList();
        List<Path> classRoots = outputDirectories.stream().filter(ProjectLayout::holdsClasses).toList();
        return new ProjectLayout(baseDir, sourceRoots, classRoots, auxClasspath);
    }

    /** {@code path} relative to the base directory with {@code /} separators, for messages. */
    public String describe(Path path) {
        Path absolute = absolute(path);
        Path shown = absolute.startsWith(baseDir) ? baseDir.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    private static boolean holdsClasses(Path directory) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".class"));
        } catch (IOException | UncheckedIOException e) {
            // Let the bytecode engine meet the unreadable directory: it reports it as a warning naming the file.
            return true;
        }
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
