package io.github.leakhound.maven.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the new-file line ranges out of {@code git diff --unified=0} output: each {@code +++ b/path} names the file
 * and each {@code @@ -a,b +c,d @@} hunk header says lines {@code c} to {@code c+d-1} are new or changed.
 */
final class UnifiedDiff {

    private static final Pattern HUNK = Pattern.compile("^@@ -\\d+(?:,\\d+)? \\+(\\d+)(?:,(\\d+))? @@");
    private static final String NEW_FILE = "+++ ";
    private static final String NEW_PREFIX = "b/";
    private static final String DELETED = "/dev/null";

    private UnifiedDiff() {
    }

    /** The changed lines this diff text describes (paths as in the diff, without the {@code b/} prefix). */
    static ChangedLines parse(String diff) {
        Map<String, List<LineRange>> ranges = new HashMap<>();
        String file = null;
        for (String line : diff.split("\n", -1)) {
            if (line.startsWith("diff ")) {
                file = null;
            } else if (line.startsWith(NEW_FILE)) {
                file = newFilePath(line.substring(NEW_FILE.length()).stripTrailing());
            } else if (file != null && line.startsWith("@@")) {
                addHunk(line, file, ranges);
            }
        }
        return new ChangedLines(ranges, Set.of());
    }

    private static void addHunk(String header, String file, Map<String, List<LineRange>> ranges) {
        Matcher hunk = HUNK.matcher(header);
        if (!hunk.find()) {
            return;
        }
        int first = Integer.parseInt(hunk.group(1));
        int count = hunk.group(2) == null ? 1 : Integer.parseInt(hunk.group(2));
        // A hunk that only deletes lines (count 0) adds none to the new file.
        if (count > 0) {
            ranges.computeIfAbsent(file, key -> new ArrayList<>()).add(new LineRange(first, first + count - 1));
        }
    }

    private static String newFilePath(String written) {
        String path = written.startsWith("\"") ? unquoted(written) : written;
        if (path.equals(DELETED)) {
            return null;
        }
        return path.startsWith(NEW_PREFIX) ? path.substring(NEW_PREFIX.length()) : path;
    }

    /** Git quotes names with unusual characters in C style: {@code "b/a\"b.java"}. */
    private static String unquoted(String quoted) {
        String body = quoted.substring(1, quoted.endsWith("\"") ? quoted.length() - 1 : quoted.length());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char escaped = body.charAt(++i);
                out.append(switch (escaped) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    default -> escaped;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
