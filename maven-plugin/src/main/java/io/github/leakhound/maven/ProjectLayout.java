package io.github.leakhound.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.project.MavenProject;

/**
 * The parts of a Maven project the engines read: its source roots, its compiled classes and the classpath those
 * classes were compiled against.
 *
 * @param baseDir         the project's base directory; reported paths are relative to it
 * @param sourceRoots     the compile source roots that exist
 * @param compiledClasses the output directory, when it holds at least one class file
 * @param auxClasspath    the compile classpath without the output directory: types the bytecode engine may
 *                        look up but does not report on
 */
public record ProjectLayout(Path baseDir, List<Path> sourceRoots, Optional<Path> compiledClasses,
        List<Path> auxClasspath) {

    public ProjectLayout {
        sourceRoots = List.copyOf(sourceRoots);
        auxClasspath = List.copyOf(auxClasspath);
    }

    /** The layout of a project whose compile dependencies Maven has resolved. */
    public static ProjectLayout of(MavenProject project) throws DependencyResolutionRequiredException {
        Path baseDir = absolute(project.getBasedir().toPath());
        Path outputDirectory = absolute(Path.of(project.getBuild().getOutputDirectory()));
        List<Path> sourceRoots = project.getCompileSourceRoots().stream()
                .map(root -> absolute(Path.of(root)))
                .filter(Files::isDirectory)
                .distinct()
                .toList();
        List<Path> auxClasspath = project.getCompileClasspathElements().stream()
                .map(element -> absolute(Path.of(element)))
                .filter(element -> !element.equals(outputDirectory))
                .filter(Files::exists)
                .distinct()
                .toList();
        Optional<Path> compiledClasses = holdsClasses(outputDirectory) ? Optional.of(outputDirectory) : Optional.empty();
        return new ProjectLayout(baseDir, sourceRoots, compiledClasses, auxClasspath);
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
