package io.github.leakhound.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.leakhound.core.AnalysisResult;
import io.github.leakhound.core.Engine;
import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Location;
import io.github.leakhound.core.Rule;
import io.github.leakhound.core.Severity;
import io.github.leakhound.core.ThreadOwners;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine around the rules: file discovery, parsing, warnings, locations. */
class SourceEngineTest {

    private static final String LEAKY = """
            package demo.app;

            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;

            public class Leaky {
                class Inner {
                    void run(Runnable task) {
                        ExecutorService pool = Executors.newFixedThreadPool(2);
                        pool.submit(task);
                    }
                }
            }
            """;

    @TempDir
    Path root;

    private AnalysisResult analyze(Path... roots) {
        return new SourceEngine(ThreadOwners.defaults()).analyze(List.of(roots));
    }

    @Test
    void findingLocationIsRelativeToTheRootWithBinaryTypeNameAndExactColumn() {
        MarkedSources.write(root, LEAKY);

        Finding finding = analyze(root).findings().get(0);

        assertEquals(new Location("demo/app/Leaky.java", 9, 36, "demo.app.Leaky$Inner", "run"), finding.location());
        assertEquals(Rule.LEAK_EXECUTOR_NOT_SHUTDOWN, finding.rule());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(Set.of(Engine.SOURCE), finding.engines());
        assertTrue(finding.message().contains("`pool`"), finding.message());
    }

    @Test
    void unparsableFileBecomesAWarningAndTheOtherFilesAreStillAnalysed() throws IOException {
        MarkedSources.write(root, LEAKY);
        Path broken = root.resolve("demo/app/Broken.java");
        Files.writeString(broken, "package demo.app;\nclass Broken { void f( { }\n");

        AnalysisResult result = analyze(root);

        assertEquals(1, result.findings().size());
        assertEquals(1, result.warnings().size());
        assertTrue(result.warnings().get(0).startsWith(broken + ": cannot parse: line 2"), result.warnings().get(0));
    }

    @Test
    void deeplyNestedFileNeverThrowsAndTheOtherFilesAreStillAnalysed() throws IOException {
        MarkedSources.write(root, LEAKY);
        String nested = "(".repeat(200_000) + "1" + ")".repeat(200_000);
        Files.writeString(root.resolve("demo/app/Deep.java"), "class Deep { int x = " + nested + "; }\n");

        AnalysisResult result = analyze(root);

        assertEquals(1, result.findings().size());
        assertEquals(1, result.warnings().size(), result.warnings().toString());
        assertTrue(result.warnings().get(0).contains("Deep.java: "), result.warnings().get(0));
    }

    @Test
    void missingRootBecomesAWarning() {
        Path missing = root.resolve("nowhere");

        AnalysisResult result = analyze(missing);

        assertEquals(List.of(), result.findings());
        assertEquals(List.of(missing + ": does not exist or is not a directory or file"), result.warnings());
    }

    @Test
    void symbolicLinkLoopIsSkippedAndFilesAreAnalysedOnce() throws IOException {
        MarkedSources.write(root, LEAKY);
        Files.createSymbolicLink(root.resolve("demo/app/loop"), root.resolve("demo"));

        AnalysisResult result = analyze(root);

        assertEquals(1, result.findings().size(), result.findings().toString());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void overlappingRootsAnalyseEachFileOnce() {
        MarkedSources.write(root, LEAKY);

        AnalysisResult result = analyze(root, root.resolve("demo"));

        assertEquals(1, result.findings().size());
        assertEquals("demo/app/Leaky.java", result.findings().get(0).location().sourcePath());
    }

    @Test
    void fileGivenDirectlyIsAnalysedUnderItsFileName() {
        MarkedSources.write(root, LEAKY);

        AnalysisResult result = analyze(root.resolve("demo/app/Leaky.java"));

        assertEquals("Leaky.java", result.findings().get(0).location().sourcePath());
    }

    @Test
    void fieldFactsAreJoinedAcrossRoots() {
        Path main = root.resolve("main");
        Path other = root.resolve("other");
        MarkedSources.write(main, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                public class Holder {
                    public static final ExecutorService POOL = Executors.newCachedThreadPool();
                }
                """);
        MarkedSources.write(other, """
                package demo.stop;

                import demo.Holder;

                class Stopper {
                    void stop() {
                        Holder.POOL.shutdown();
                    }
                }
                """);

        assertEquals(List.of(), analyze(main, other).findings());
        assertEquals(1, analyze(main).findings().size());
    }

    @Test
    void modernJavaSyntaxParses() {
        MarkedSources.write(root, """
                package demo;

                import java.util.concurrent.Executors;

                sealed interface Shape permits Circle, Square {
                }

                record Circle(double radius) implements Shape {
                }

                record Square(double side) implements Shape {
                }

                class Modern {
                    static double area(Object shape) {
                        return switch (shape) {
                            case Circle(double r) when r > 0 -> Math.PI * r * r;
                            case Square s -> s.side() * s.side();
                            default -> {
                                var text = \"""
                                    unknown
                                    \""";
                                yield text.length();
                            }
                        };
                    }

                    static void threads(Runnable task) {
                        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                            pool.submit(task);
                        }
                        if (task instanceof Thread t && t.isAlive()) {
                            t.interrupt();
                        }
                    }
                }
                """);

        AnalysisResult result = analyze(root);

        assertEquals(List.of(), result.warnings());
        assertEquals(List.of(), result.findings());
    }

    @Test
    void repeatedRunsGiveIdenticalResults() {
        MarkedSources.write(root, LEAKY, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Other {
                    private final ExecutorService pool = Executors.newFixedThreadPool(2);

                    void run(Runnable task) {
                        Executors.newSingleThreadExecutor().submit(task);
                        pool.submit(task);
                    }
                }
                """);

        AnalysisResult first = analyze(root);

        assertEquals(3, first.findings().size());
        assertEquals(first, analyze(root));
    }
}
