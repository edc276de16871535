package io.github.leakhound.maven.diff;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lines that changed since a git ref, by path relative to the project's base directory: ranges of changed
 * lines per modified file, and files that are wholly new (untracked).
 *
 * @param rangesByFile the changed line ranges of each modified file
 * @param wholeFiles   files every line of which counts as changed
 */
public record ChangedLines(Map<String, List<LineRange>> rangesByFile, Set<String> wholeFiles) {

    public ChangedLines {
        rangesByFile = Map.copyOf(rangesByFile);
        wholeFiles = Set.copyOf(wholeFiles);
    }

    /** True when {@code line} of the file at {@code path} changed. */
    public boolean contains(String path, int line) {
        return wholeFiles.contains(path)
                || rangesByFile.getOrDefault(path, List.of()).stream().anyMatch(range -> range.contains(line));
    }

    /** These changes plus {@code files} as wholly changed. */
    ChangedLines withWholeFiles(Set<String> files) {
        Set<String> all = new HashSet<>(wholeFiles);
        all.addAll(files);
        return new ChangedLines(rangesByFile, all);
    }
}
