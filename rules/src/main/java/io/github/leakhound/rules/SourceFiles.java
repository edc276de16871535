package io.github.leakhound.rules;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the {@code .java} files below the source roots: symbolic links followed, loops skipped, each file
 * once (by its real path, even when two roots overlap), sorted within each root so runs are deterministic.
 */
final class SourceFiles {

    private static final String JAVA_SUFFIX = ".java";

    private SourceFiles() {
    }

    /** The files to analyse; problems with a root or directory are added to {@code warnings}. */
    static List<SourceFile> find(List<Path> roots, List<String> warnings) {
        List<SourceFile> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path root : roots) {
            List<SourceFile> underRoot = new ArrayList<>();
            if (Files.isRegularFile(root) && root.getFileName().toString().endsWith(JAVA_SUFFIX)) {
                underRoot.add(new SourceFile(root, root, root.getFileName().toString()));
            } else if (Files.isRegularFile(root)) {
                warnings.add(root + ": not a .java file or a directory");
            } else if (Files.isDirectory(root)) {
                walk(root, underRoot, warnings);
            } else {
                warnings.add(root + ": does not exist or is not a directory or file");
            }
            underRoot.sort(Comparator.comparing(SourceFile::relativePath));
            for (SourceFile file : underRoot) {
                if (seen.add(realPath(file.path()))) {
                    files.add(file);
                }
            }
        }
        return files;
    }

    private static void walk(Path root, List<SourceFile> files, List<String> warnings) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (attributes.isRegularFile() && file.getFileName().toString().endsWith(JAVA_SUFFIX)) {
                                files.add(new SourceFile(root, file, relative(root, file)));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException failure) {
                            // A symbolic link back to an ancestor is skipped quietly: its files are seen anyway.
                            if (!(failure instanceof FileSystemLoopException)) {
                                warnings.add(file + ": cannot read: " + failure.getMessage());
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException failure) {
            warnings.add(root + ": cannot read: " + failure.getMessage());
        }
    }

    private static String relative(Path root, Path file) {
        List<String> parts = new ArrayList<>();
        root.relativize(file).forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException failure) {
            return file.toAbsolutePath().normalize();
        }
    }
}
