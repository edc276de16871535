package io.github.leakhound.maven.config;

import java.util.regex.Pattern;

/**
 * An Ant-style path pattern as Maven users write them: {@code **} any number of directories, {@code *} any
 * characters within one name, {@code ?} one character; a pattern ending in {@code /} matches everything below.
 *
 * @param text  the pattern as written, with {@code /} separators
 * @param regex the same pattern as a regular expression over {@code /}-separated paths
 */
record AntPattern(String text, Pattern regex) {

    static AntPattern of(String written) {
        String text = written.replace('\\', '/');
        while (text.startsWith("/")) {
            text = text.substring(1);
        }
        if (text.endsWith("/")) {
            text = text + "**";
        }
        return new AntPattern(text, Pattern.compile(toRegex(text)));
    }

    boolean matches(String path) {
        return regex.matcher(path).matches();
    }

    private static String toRegex(String pattern) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            if (pattern.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 3;
            } else if (pattern.startsWith("**", i)) {
                regex.append(".*");
                i += 2;
            } else {
                char c = pattern.charAt(i++);
                switch (c) {
                    case '*' -> regex.append("[^/]*");
                    case '?' -> regex.append("[^/]");
                    default -> regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
        }
        return regex.toString();
    }
}
