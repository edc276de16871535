package io.github.leakhound.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.leakhound.rules.MarkedSources;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: output format, exit statuses, SARIF. */
class LeakhoundCliTest {

    private static final String LEAKY = """
            package demo;

            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;

            class Leaky {
                void run(Runnable task) {
                    ExecutorService pool = Executors.newFixedThreadPool(2);
                    pool.submit(task);
                    Executors.newSingleThreadExecutor().submit(task);
                }
            }
            """;

    private static final String CLEAN = """
            package demo;

            import java.util.concurrent.Executors;

            class Clean {
                void run(Runnable task) {
                    try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                        pool.submit(task);
                    }
                }
            }
            """;

    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return LeakhoundCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exitStatusIsZeroAndSummarySaysNoFindingsForCleanCode() {
        MarkedSources.write(root, CLEAN);

        assertEquals(0, run(root.toString()));
        assertEquals(List.of(), outLines());
        assertEquals("no findings", errText().strip());
    }

    @Test
    void exitStatusIsOneAndEachFindingIsOneSortedLineWithPathLineAndColumn() {
        MarkedSources.write(root, LEAKY, CLEAN);
        String file = root.resolve("demo/Leaky.java").toString();

        assertEquals(1, run(root.toString()));

        List<String> lines = outLines();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith(file + ":8:32: LEAK_EXECUTOR_NOT_SHUTDOWN ExecutorService `pool` created here"),
                lines.get(0));
        assertTrue(lines.get(1).startsWith(file + ":10:9: LEAK_EXECUTOR_NOT_SHUTDOWN "), lines.get(1));
        assertEquals("2 findings", errText().strip());
    }

    @Test
    void aFileGivenDirectlyIsPrintedAsGiven() {
        MarkedSources.write(root, LEAKY);
        String file = root.resolve("demo/Leaky.java").toString();

        assertEquals(1, run(file));

        assertTrue(outLines().get(0).startsWith(file + ":8:32: "), outLines().get(0));
    }

    @Test
    void exitStatusIsTwoWithUsageWhenNoPathIsGiven() {
        assertEquals(2, run());
        assertTrue(errText().startsWith("error: no source directory or file given"), errText());
        assertTrue(errText().contains("usage: "), errText());
    }

    @Test
    void exitStatusIsTwoForAnUnknownOption() {
        assertEquals(2, run("--verbose", root.toString()));
        assertTrue(errText().startsWith("error: unknown option: --verbose"), errText());
    }

    @Test
    void exitStatusIsTwoForAPathThatDoesNotExist() {
        String missing = root.resolve("missing").toString();

        assertEquals(2, run(missing));
        assertTrue(errText().startsWith("error: path does not exist: " + missing), errText());
    }

    @Test
    void exitStatusIsTwoWhenSarifHasNoFileName() {
        assertEquals(2, run(root.toString(), "--sarif"));
        assertTrue(errText().startsWith("error: --sarif needs a file name"), errText());
    }

    @Test
    void helpPrintsUsageAndExitsZero() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: java -jar leakhound-rules.jar"));
        assertEquals("", errText());
    }

    @Test
    void warningsGoToStandardErrorAndDoNotChangeTheExitStatus() throws IOException {
        MarkedSources.write(root, CLEAN);
        Files.writeString(root.resolve("demo/Broken.java"), "class Broken {");

        assertEquals(0, run(root.toString()));

        assertTrue(errText().startsWith("warning: " + root.resolve("demo/Broken.java") + ": cannot parse: "),
                errText());
        assertTrue(errText().strip().endsWith("no findings"), errText());
    }

    @Test
    void sarifPathsUnderTheWorkingDirectoryAreMadeRelative() {
        Path inside = Path.of("").toAbsolutePath().resolve("src/demo/Leaky.java");

        assertEquals("src/demo/Leaky.java", LeakhoundCli.sarifPath(inside.toString()));
        assertEquals("src/demo/Leaky.java", LeakhoundCli.sarifPath("./src/demo/Leaky.java"));
    }

    @Test
    void sarifOptionWritesTheFindingsAsSarif() throws IOException {
        Path sources = root.resolve("src");
        MarkedSources.write(sources, LEAKY);
        Path report = root.resolve("reports/leakhound.sarif");

        assertEquals(1, run("--sarif", report.toString(), sources.toString()));

        String sarif = Files.readString(report);
        assertTrue(sarif.contains("\"version\": \"2.1.0\"") || sarif.contains("\"version\":\"2.1.0\""), sarif);
        assertTrue(sarif.contains("LEAK_EXECUTOR_NOT_SHUTDOWN"), sarif);
        assertTrue(sarif.contains("Leaky.java"), sarif);
    }
}
