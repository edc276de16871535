package io.github.leakhound.rules;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.leakhound.core.AnalysisResult;
import io.github.leakhound.core.Finding;
import io.github.leakhound.core.ThreadOwners;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test sources that carry their expectations as {@code // expect: RULE_ID} markers, as the corpus does:
 * written to a directory under their package, analysed by the source engine, and compared line by line.
 */
public final class MarkedSources {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern TYPE = Pattern.compile(
            "^(?:public\\s+|final\\s+|abstract\\s+|sealed\\s+)*(?:class|interface|enum|record)\\s+(\\w+)",
            Pattern.MULTILINE);
    private static final Pattern MARKER = Pattern.compile("//\\s*expect:\\s*(.*)$");
    private static final Pattern RULE_ID = Pattern.compile("LEAK_[A-Z_]+");

    private MarkedSources() {
    }

    /** Writes each source to {@code root/<package dirs>/<FirstType>.java} and returns its relative path. */
    public static List<String> write(Path root, String... sources) {
        List<String> paths = new ArrayList<>();
        for (String source : sources) {
            Matcher packageName = PACKAGE.matcher(source);
            Matcher type = TYPE.matcher(source);
            if (!type.find()) {
                throw new IllegalArgumentException("no top-level type in:\n" + source);
            }
            String directory = packageName.find() ? packageName.group(1).replace('.', '/') + "/" : "";
            String relative = directory + type.group(1) + ".java";
            try {
                Path file = root.resolve(relative);
                Files.createDirectories(file.getParent());
                Files.writeString(file, source);
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
            paths.add(relative);
        }
        return paths;
    }

    /** Analyses the sources with the default vocabulary. */
    public static AnalysisResult analyze(Path root, String... sources) {
        write(root, sources);
        return new SourceEngine(ThreadOwners.defaults()).analyze(List.of(root));
    }

    /**
     * Asserts that the engine reports exactly the marked lines, no more and no fewer, and that it analysed
     * every file without a warning.
     */
    public static void assertFindsExactlyTheMarkedLines(Path root, String... sources) {
        List<String> paths = write(root, sources);
        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < sources.length; i++) {
            String[] lines = sources[i].split("\n", -1);
            for (int line = 0; line < lines.length; line++) {
                Matcher marker = MARKER.matcher(lines[line]);
                if (marker.find()) {
                    Matcher id = RULE_ID.matcher(marker.group(1));
                    while (id.find()) {
                        expected.add(paths.get(i) + ":" + (line + 1) + ": " + id.group());
                    }
                }
            }
        }
        AnalysisResult result = new SourceEngine(ThreadOwners.defaults()).analyze(List.of(root));
        Set<String> actual = new TreeSet<>();
        StringBuilder messages = new StringBuilder();
        for (Finding finding : result.findings()) {
            String key = finding.location().sourcePath() + ":" + finding.location().line() + ": " + finding.rule();
            actual.add(key);
            messages.append("\n  ").append(key).append(" ").append(finding.message());
        }
        if (!result.warnings().isEmpty()) {
            fail("unexpected warnings: " + result.warnings());
        }
        if (!expected.equals(actual)) {
            Set<String> missed = new TreeSet<>(expected);
            missed.removeAll(actual);
            Set<String> extra = new TreeSet<>(actual);
            extra.removeAll(expected);
            fail("missed " + missed + ", extra " + extra + "; all findings:" + messages);
        }
    }
}
