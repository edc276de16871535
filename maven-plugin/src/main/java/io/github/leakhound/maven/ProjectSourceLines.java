package io.github.leakhound.maven;

import io.github.leakhound.core.report.SourceLines;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of the project's source files by project-relative path, read once per file, for fingerprints. One
 * instance serves one mojo execution (one thread), so the cache needs no locking.
 */
final class ProjectSourceLines implements SourceLines {

    private final Path baseDir;
    private final Map<String, List<String>> filesByPath = new HashMap<>();

    ProjectSourceLines(Path baseDir) {
        this.baseDir = baseDir;
    }

    @Override
    public String line(String sourcePath, int line) {
        List<String> lines = filesByPath.computeIfAbsent(sourcePath, this::read);
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }

    private List<String> read(String sourcePath) {
        Path file = baseDir.resolve(sourcePath);
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return readLatin1(file);
        } catch (IOException unreadable) {
            // The engines have reported unreadable files already; the fingerprint then rests on the other parts.
            return List.of();
        }
    }

    private static List<String> readLatin1(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException unreadable) {
            return List.of();
        }
    }
}
