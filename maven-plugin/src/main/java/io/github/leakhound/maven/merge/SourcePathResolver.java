package io.github.leakhound.maven.merge;

import io.github.leakhound.core.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Turns the file names the engines report (relative to a source root, or to a package directory in
 * SpotBugs' case, which is the same thing) into paths relative to the project's base directory, so that
 * console lines, SARIF URIs and the merge all use one spelling: {@code src/main/java/com/acme/X.java}.
 */
public final class SourcePathResolver {

    private final Path baseDir;
    private final List<Path> sourceRoots;

    /**
     * @param baseDir     the project's base directory
     * @param sourceRoots the compile source roots, searched in this order
     */
    public SourcePathResolver(Path baseDir, List<Path> sourceRoots) {
        this.baseDir = normalized(baseDir);
        this.sourceRoots = sourceRoots.stream().map(SourcePathResolver::normalized).toList();
    }

    /** This finding with its source path made relative to the project's base directory. */
    public Finding projectRelative(Finding finding) {
        String path = projectRelative(finding.location().sourcePath());
        return finding.at(finding.location().withSourcePath(path));
    }

    /**
     * {@code com/acme/X.java} becomes {@code src/main/java/com/acme/X.java} when the first source root that
     * holds that file is {@code src/main/java}; a path no root holds is kept as it is, since guessing a root
     * would point reports at a file that does not exist.
     */
    public String projectRelative(String reportedPath) {
        Path reported = Path.of(reportedPath);
        if (reported.isAbsolute()) {
            return slashSeparated(relativeToBase(normalized(reported)));
        }
        return rootHolding(reported)
                .map(root -> slashSeparated(relativeToBase(root.resolve(reported).normalize())))
                .orElse(slashSeparated(reported));
    }

    private Optional<Path> rootHolding(Path rootRelative) {
        return sourceRoots.stream().filter(root -> Files.isRegularFile(root.resolve(rootRelative))).findFirst();
    }

    private Path relativeToBase(Path file) {
        return file.startsWith(baseDir) ? baseDir.relativize(file) : file;
    }

    private static String slashSeparated(Path path) {
        return StreamSupport.stream(path.spliterator(), false)
                .map(Path::toString)
                .collect(Collectors.joining("/", path.isAbsolute() ? absolutePrefix(path) : "", ""));
    }

    private static String absolutePrefix(Path path) {
        return path.getRoot().toString().replace('\\', '/');
    }

    private static Path normalized(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
