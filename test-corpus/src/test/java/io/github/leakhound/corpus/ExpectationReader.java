package io.github.leakhound.corpus;

import io.github.leakhound.core.Engine;
import io.github.leakhound.core.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads the expectation markers of corpus sources: {@code // expect: ID[, ID]} for both engines, and
 * {@code // expect(bytecode): ID — reason} or {@code // expect(source): ID — reason} for one engine.
 */
final class ExpectationReader {

    // Any line comment that starts with the word "expect" is taken as a marker, and one that cannot be read fails
    // the run: skipping it would silently turn a mistyped positive into a negative.
    private static final Pattern MARKER = Pattern.compile("//\\s*expect\\b(.*)$");
    private static final Pattern MARKER_BODY = Pattern.compile(
            "^(?:\\((?<engine>[^)]*)\\))?\\s*:\\s*(?<ids>\\w+(?:\\s*,\\s*\\w+)*)\\s*(?:(?:\u2014|--?)\\s*(?<reason>.*))?$");
    private static final String SYNTAX =
            "write // expect: RULE_ID[, RULE_ID] or // expect(bytecode|source): RULE_ID \u2014 reason";

    /** Every expectation in the {@code .java} files below {@code sourceRoot}, in file and line order. */
    List<Expectation> readTree(Path sourceRoot) throws IOException {
        List<Path> javaFiles;
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            javaFiles = files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
        List<Expectation> expectations = new ArrayList<>();
        for (Path file : javaFiles) {
            expectations.addAll(read(relativePath(sourceRoot, file), Files.readString(file)));
        }
        return expectations;
    }

    /**
     * The expectations in the text of one source file.
     *
     * @throws IllegalArgumentException naming the file and line of a marker that cannot be read or names an
     *                                  unknown rule
     */
    List<Expectation> read(String sourcePath, String text) {
        List<Expectation> expectations = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int index = 0; index < lines.size(); index++) {
            Matcher marker = MARKER.matcher(lines.get(index));
            if (marker.find()) {
                expectations.addAll(parseMarker(sourcePath, index + 1, marker.group(1)));
            }
        }
        return expectations;
    }

    private static List<Expectation> parseMarker(String sourcePath, int line, String body) {
        String where = sourcePath + ":" + line + ": ";
        Matcher parts = MARKER_BODY.matcher(body.strip());
        if (!parts.matches()) {
            throw new IllegalArgumentException(where + "cannot read the marker \"expect" + body + "\"; " + SYNTAX);
        }
        Set<Engine> engines = engines(where, parts.group("engine"));
        String reason = parts.group("reason");
        if (engines.size() == 1 && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException(where + "a marker for one engine must say why the other cannot see it; "
                    + SYNTAX);
        }
        List<Expectation> expectations = new ArrayList<>();
        for (Rule rule : rules(where, parts.group("ids"))) {
            expectations.add(new Expectation(sourcePath, line, rule, engines));
        }
        return expectations;
    }

    private static Set<Engine> engines(String where, String qualifier) {
        if (qualifier == null) {
            return EnumSet.allOf(Engine.class);
        }
        return switch (qualifier.strip().toLowerCase(Locale.ROOT)) {
            case "bytecode" -> EnumSet.of(Engine.BYTECODE);
            case "source" -> EnumSet.of(Engine.SOURCE);
            default -> throw new IllegalArgumentException(
                    where + "unknown engine \"" + qualifier + "\" in marker; " + SYNTAX);
        };
    }

    private static Set<Rule> rules(String where, String ids) {
        Set<Rule> rules = new LinkedHashSet<>();
        for (String id : ids.split(",")) {
            String trimmed = id.strip();
            Rule rule = Rule.byId(trimmed).orElseThrow(() -> new IllegalArgumentException(
                    where + "unknown rule ID " + trimmed + " in marker; known IDs: " + knownIds()));
            if (!rules.add(rule)) {
                throw new IllegalArgumentException(where + "rule ID " + trimmed + " is listed twice in one marker");
            }
        }
        return rules;
    }

    private static String knownIds() {
        return Stream.of(Rule.values()).map(Rule::id).collect(Collectors.joining(", "));
    }

    private static String relativePath(Path sourceRoot, Path file) {
        return StreamSupport.stream(sourceRoot.relativize(file).spliterator(), false)
                .map(Path::toString)
                .collect(Collectors.joining("/"));
    }
}
