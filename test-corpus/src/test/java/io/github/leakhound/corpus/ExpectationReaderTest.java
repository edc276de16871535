package io.github.leakhound.corpus;

import static io.github.leakhound.core.Rule.LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN;
import static io.github.leakhound.core.Rule.LEAK_EXECUTOR_NOT_SHUTDOWN;
import static io.github.leakhound.core.Rule.LEAK_EXECUTOR_OVERWRITTEN;
import static io.github.leakhound.core.Rule.LEAK_THREAD_OWNER_NOT_CLOSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.leakhound.core.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpectationReaderTest {

    private static final String FILE = "corpus/executor/OrderService.java";

    private final ExpectationReader reader = new ExpectationReader();

    @Test
    void plainMarkerIsExpectedFromBothEngines() {
        List<Expectation> expectations = reader.read(FILE, """
                class OrderService {
                    void place() {
                        ExecutorService pool = Executors.newFixedThreadPool(4); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                    }
                }
                """);

        assertEquals(List.of(Expectation.ofBothEngines(FILE, 3, LEAK_EXECUTOR_NOT_SHUTDOWN)), expectations);
    }

    @Test
    void commaSeparatedIdsGiveOneExpectationEach() {
        List<Expectation> expectations = reader.read(FILE,
                "pool = Executors.newSingleThreadExecutor(); // expect: LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN,LEAK_EXECUTOR_OVERWRITTEN\n");

        assertEquals(List.of(
                Expectation.ofBothEngines(FILE, 1, LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN),
                Expectation.ofBothEngines(FILE, 1, LEAK_EXECUTOR_OVERWRITTEN)), expectations);
    }

    @Test
    void bytecodeMarkerIsExpectedFromTheBytecodeEngineOnly() {
        List<Expectation> expectations = reader.read(FILE,
                "x(); // expect(bytecode): LEAK_EXECUTOR_NOT_SHUTDOWN \u2014 only visible after javac inlines it\n");

        assertEquals(List.of(new Expectation(FILE, 1, LEAK_EXECUTOR_NOT_SHUTDOWN, Set.of(Engine.BYTECODE))),
                expectations);
    }

    @Test
    void sourceMarkerAcceptsAHyphenBeforeItsReason() {
        List<Expectation> expectations = reader.read(FILE,
                "x(); // expect(source): LEAK_THREAD_OWNER_NOT_CLOSED - removed by the compiler\n");

        assertEquals(List.of(new Expectation(FILE, 1, LEAK_THREAD_OWNER_NOT_CLOSED, Set.of(Engine.SOURCE))),
                expectations);
    }

    @Test
    void linesWithoutMarkerGiveNothing() {
        List<Expectation> expectations = reader.read(FILE, """
                // expected to be shut down by the caller
                String marker = "expect: LEAK_EXECUTOR_NOT_SHUTDOWN";
                pool.shutdown(); // the caller may expect this
                """);

        assertEquals(List.of(), expectations);
    }

    @Test
    void lineNumbersCountEveryKindOfLineBreak() {
        List<Expectation> expectations = reader.read(FILE,
                "a();\r\nb();\rc();\nd(); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN\n");

        assertEquals(4, expectations.get(0).line());
    }

    @Test
    void unknownRuleIdFailsNamingFileLineAndId() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> reader.read(FILE, "\nx(); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN, LEAK_EXECUTOR_NEVER_CLOSED\n"));

        assertTrue(failure.getMessage().startsWith(FILE + ":2: unknown rule ID LEAK_EXECUTOR_NEVER_CLOSED"),
                failure.getMessage());
    }

    @Test
    void markerWithoutRuleIdFails() {
        assertThrows(IllegalArgumentException.class, () -> reader.read(FILE, "x(); // expect:\n"));
    }

    @Test
    void markerWithoutColonFails() {
        assertThrows(IllegalArgumentException.class,
                () -> reader.read(FILE, "x(); // expect LEAK_EXECUTOR_NOT_SHUTDOWN\n"));
    }

    @Test
    void unknownEngineFails() {
        assertThrows(IllegalArgumentException.class,
                () -> reader.read(FILE, "x(); // expect(ide): LEAK_EXECUTOR_NOT_SHUTDOWN \u2014 reason\n"));
    }

    @Test
    void oneEngineMarkerWithoutReasonFails() {
        assertThrows(IllegalArgumentException.class,
                () -> reader.read(FILE, "x(); // expect(bytecode): LEAK_EXECUTOR_NOT_SHUTDOWN\n"));
    }

    @Test
    void ruleIdListedTwiceFails() {
        assertThrows(IllegalArgumentException.class,
                () -> reader.read(FILE, "x(); // expect: LEAK_EXECUTOR_OVERWRITTEN, LEAK_EXECUTOR_OVERWRITTEN\n"));
    }

    @Test
    void treeGivesPathsRelativeToTheRootWithSlashes(@TempDir Path root) throws IOException {
        Path packageDir = Files.createDirectories(root.resolve("corpus").resolve("executor"));
        Files.writeString(packageDir.resolve("OrderService.java"), "x(); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN\n");
        Files.writeString(packageDir.resolve("notes.txt"), "x(); // expect: LEAK_EXECUTOR_OVERWRITTEN\n");

        List<Expectation> expectations = reader.readTree(root);

        assertEquals(List.of(Expectation.ofBothEngines(FILE, 1, LEAK_EXECUTOR_NOT_SHUTDOWN)), expectations);
    }
}
