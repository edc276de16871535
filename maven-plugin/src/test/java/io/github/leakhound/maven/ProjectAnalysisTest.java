package io.github.leakhound.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.leakhound.core.AnalysisResult;
import io.github.leakhound.core.Engine;
import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectAnalysisTest {

    @TempDir
    Path baseDir;

    @Test
    void sourceFindingsAreReportedRelativeToTheProject() throws IOException {
        Path sources = baseDir.resolve("src/main/java");
        Path file = sources.resolve("com/acme/Prices.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                package com.acme;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Prices {
                    void refresh() {
                        ExecutorService pool = Executors.newFixedThreadPool(2);
                        pool.submit(() -> { });
                    }
                }
                """);
        ProjectLayout layout = new ProjectLayout(baseDir, List.of(sources), List.of(), List.of());

        AnalysisResult result = new ProjectAnalysis(new EngineSelection(Set.of(Engine.SOURCE)), new SystemStreamLog())
                .run(layout);

        Finding finding = result.findings().get(0);
        assertEquals(1, result.findings().size());
        assertEquals(Rule.LEAK_EXECUTOR_NOT_SHUTDOWN, finding.rule());
        assertEquals("src/main/java/com/acme/Prices.java", finding.location().sourcePath());
        assertEquals(8, finding.location().line());
    }
}
