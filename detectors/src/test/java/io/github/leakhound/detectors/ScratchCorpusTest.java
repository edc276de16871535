package io.github.leakhound.detectors;

import io.github.leakhound.core.AnalysisResult;
import io.github.leakhound.core.Finding;
import io.github.leakhound.detectors.engine.BytecodeEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.regex.*;
import java.util.stream.*;
import org.junit.jupiter.api.Test;

/** Scratch (not committed): runs the engine over the corpus and compares with its markers. */
class ScratchCorpusTest {
    private static final Pattern MARKER = Pattern.compile("//\\s*expect(\\((bytecode|source)\\))?:\\s*([A-Z_,\\s]+)");

    @Test
    void corpus() throws Exception {
        Path classes = Path.of("../test-corpus/target/classes");
        Path sources = Path.of("../test-corpus/src/main/java");
        long start = System.nanoTime();
        AnalysisResult result = new BytecodeEngine().analyze(List.of(classes), List.of());
        System.out.println("engine ms " + (System.nanoTime() - start) / 1_000_000);
        Set<String> expected = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = MARKER.matcher(lines.get(i));
                    if (m.find() && !"source".equals(m.group(2))) {
                        for (String r : m.group(3).split(",")) {
                            expected.add(sources.relativize(file) + ":" + (i + 1) + " " + r.trim());
                        }
                    }
                }
            }
        }
        Map<String, Finding> found = new TreeMap<>();
        for (Finding f : result.findings()) {
            found.put(f.location().sourcePath() + ":" + f.location().line() + " " + f.rule(), f);
        }
        Set<String> missed = new TreeSet<>(expected); missed.removeAll(found.keySet());
        Set<String> extra = new TreeSet<>(found.keySet()); extra.removeAll(expected);
        System.out.println("expected " + expected.size() + " found " + found.size());
        missed.forEach(m -> System.out.println("MISSED " + m));
        extra.forEach(e -> System.out.println("EXTRA  " + e + " | " + found.get(e).location().memberName()));
        result.warnings().forEach(w -> System.out.println("WARN " + w));
    }
}
