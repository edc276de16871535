package io.github.leakhound.detectors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code // expect: RULE[, RULE]} markers of a sample source file, as "line: RULE" entries. */
final class Markers {

    private static final Pattern MARKER = Pattern.compile("//\\s*expect(?:\\(bytecode\\))?:\\s*([A-Z_,\\s]+)");

    private Markers() {
    }

    static Set<String> in(Path sourceFile) {
        List<String> lines;
        try {
            lines = Files.readAllLines(sourceFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> expected = new TreeSet<>();
        for (int index = 0; index < lines.size(); index++) {
            Matcher marker = MARKER.matcher(lines.get(index));
            if (marker.find()) {
                for (String rule : marker.group(1).split(",")) {
                    expected.add(entry(index + 1, rule.trim()));
                }
            }
        }
        return expected;
    }

    static String entry(int line, String rule) {
        return String.format("%4d: %s", line, rule);
    }
}
