package io.github.leakhound.rules.suppress;

import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Rule;
import io.github.leakhound.core.ThreadOwners;
import io.github.leakhound.rules.SourceEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The suppressions of every analysed source file, looked up by root-relative path: what the source engine uses to
 * drop its own suppressed findings, and what the Maven plugin applies to bytecode findings, which cannot see
 * source-retention annotations such as {@code @SuppressWarnings}.
 */
public final class SuppressionIndex {

    private final Map<String, List<SuppressedRange>> rangesByPath;

    private SuppressionIndex(Map<String, List<SuppressedRange>> rangesByPath) {
        this.rangesByPath = rangesByPath;
    }

    /**
     * The index of these files' suppressions. Two roots may hold the same relative path (main and test code); their
     * ranges are pooled, because a bytecode finding names only the relative path and cannot tell them apart.
     */
    public static SuppressionIndex of(List<Suppressions> files) {
        Map<String, List<SuppressedRange>> byPath = new HashMap<>();
        for (Suppressions file : files) {
            if (!file.ranges().isEmpty()) {
                byPath.computeIfAbsent(file.sourcePath(), path -> new ArrayList<>()).addAll(file.ranges());
            }
        }
        byPath.replaceAll((path, ranges) -> List.copyOf(ranges));
        return new SuppressionIndex(Map.copyOf(byPath));
    }

    /** Reads the suppressions of every {@code .java} file below the source roots, as the source engine finds them. */
    public static SuppressionIndex read(List<Path> sourceRoots) {
        return new SourceEngine(ThreadOwners.defaults()).suppressions(sourceRoots);
    }

    /** Whether a finding of {@code rule} on {@code line} of the file {@code rootRelativePath} is suppressed. */
    public boolean isSuppressed(String rootRelativePath, int line, Rule rule) {
        return rangesByPath.getOrDefault(rootRelativePath, List.of()).stream()
                .anyMatch(range -> range.suppresses(line, rule));
    }

    /** Whether this finding, whose path is still relative to its source root, is suppressed. */
    public boolean isSuppressed(Finding finding) {
        return isSuppressed(finding.location().sourcePath(), finding.location().line(), finding.rule());
    }

    /** These findings (paths relative to their source root) without the suppressed ones. */
    public List<Finding> withoutSuppressed(List<Finding> findings) {
        return findings.stream().filter(finding -> !isSuppressed(finding)).toList();
    }
}
