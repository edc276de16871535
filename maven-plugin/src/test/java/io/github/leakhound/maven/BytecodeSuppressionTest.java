package io.github.leakhound.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.leakhound.core.AnalysisResult;
import io.github.leakhound.core.Engine;
import io.github.leakhound.core.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.tools.ToolProvider;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source-retention annotation, invisible in the class file, still silences the bytecode engine. */
class BytecodeSuppressionTest {

    @TempDir
    Path baseDir;

    @Test
    void bytecodeFindingSuppressedInTheSourceIsNotReportedAndItsNeighbourIs() throws IOException {
        Path sources = baseDir.resolve("src/main/java");
        Path classes = baseDir.resolve("target/classes");
        Path file = sources.resolve("com/acme/Prices.java");
        Files.createDirectories(file.getParent());
        Files.createDirectories(classes);
        Files.writeString(file, """
                package com.acme;

                import java.util.concurrent.Executors;

                class Prices {
                    @SuppressWarnings("leakhound:LEAK_EXECUTOR_NOT_SHUTDOWN")
                    void quiet(Runnable task) {
                        Executors.newSingleThreadExecutor().submit(task);
                    }
                    void loud(Runnable task) {
                        Executors.newSingleThreadExecutor().submit(task);
                    }
                }
                """);
        int exit = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-g", "--release", "21",
                "-d", classes.toString(), file.toString());
        assertEquals(0, exit);
        ProjectLayout layout = new ProjectLayout(baseDir, List.of(sources), List.of(classes), List.of());

        AnalysisResult result = new ProjectAnalysis(new EngineSelection(Set.of(Engine.BYTECODE)),
                new SystemStreamLog()).run(layout);

        assertEquals(List.of("src/main/java/com/acme/Prices.java:11"), result.findings().stream()
                .map(BytecodeSuppressionTest::position).toList());
    }

    private static String position(Finding finding) {
        return finding.location().sourcePath() + ":" + finding.location().line();
    }
}
