package io.github.leakhound.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.leakhound.core.Engine;
import io.github.leakhound.core.Finding;
import io.github.leakhound.core.report.Fingerprint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A baseline is only useful if unrelated edits leave its fingerprints alone: proven on the source engine's findings. */
class FingerprintStabilityTest {

    private static final String ORIGINAL = """
            package com.acme;

            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;

            class Prices {
                void refresh() {
                    ExecutorService pool = Executors.newFixedThreadPool(2);
                    pool.submit(() -> { });
                }

                int total(int amount) {
                    int sum = amount * 2;
                    return sum;
                }
            }
            """;

    @TempDir
    Path baseDir;

    private Fingerprint fingerprintOf(String source) throws IOException {
        Path sources = baseDir.resolve("src/main/java");
        Path file = sources.resolve("com/acme/Prices.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        ProjectLayout layout = new ProjectLayout(baseDir, List.of(sources), List.of(), List.of());
        List<Finding> findings = new ProjectAnalysis(new EngineSelection(Set.of(Engine.SOURCE)), new SystemStreamLog())
                .run(layout).findings();
        assertEquals(1, findings.size(), findings.toString());
        return Fingerprint.of(findings.get(0), new ProjectSourceLines(baseDir));
    }

    @Test
    void insertingLinesAboveTheFindingKeepsItsFingerprint() throws IOException {
        Fingerprint before = fingerprintOf(ORIGINAL);

        Fingerprint after = fingerprintOf(ORIGINAL.replace("class Prices {", """
                /** Prices, now documented. */
                class Prices {
                    private static final int SCALE = 100;
                """));

        assertEquals(before, after);
    }

    @Test
    void renamingALocalElsewhereInTheFileKeepsTheFingerprint() throws IOException {
        Fingerprint before = fingerprintOf(ORIGINAL);

        Fingerprint after = fingerprintOf(ORIGINAL.replace("sum", "total"));

        assertEquals(before, after);
    }

    @Test
    void changingTheReportedLineChangesTheFingerprint() throws IOException {
        Fingerprint before = fingerprintOf(ORIGINAL);

        Fingerprint after = fingerprintOf(ORIGINAL.replace("newFixedThreadPool(2)", "newFixedThreadPool(8)"));

        assertNotEquals(before, after);
    }
}
