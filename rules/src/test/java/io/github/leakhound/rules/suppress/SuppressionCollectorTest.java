package io.github.leakhound.rules.suppress;

import static io.github.leakhound.core.Rule.LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN;
import static io.github.leakhound.core.Rule.LEAK_EXECUTOR_NOT_SHUTDOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.JavaParser;
import io.github.leakhound.core.ThreadOwners;
import io.github.leakhound.rules.MarkedSources;
import io.github.leakhound.rules.SourceEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which lines and rules each annotation form and target suppresses. */
class SuppressionCollectorTest {

    private static final String SOURCE = """
            package demo;

            @SuppressWarnings("leakhound:LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN")
            class Service {
                @SuppressFBWarnings
                Object field = null;

                @SuppressWarnings(value = "leakhound")
                void method() {
                    @SuppressWarnings("leakhound:LEAK_EXECUTOR_NOT_SHUTDOWN")
                    Object local =
                            null;
                }
            }
            """;

    @TempDir
    Path root;

    private static Suppressions collect(String source) {
        return SuppressionCollector.collect("demo/Service.java", new JavaParser().parse(source).getResult().orElseThrow());
    }

    @Test
    void eachTargetBecomesTheRangeOfItsDeclaration() {
        assertEquals(List.of(
                        new SuppressedRange(3, 14, Set.of("LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN")),
                        new SuppressedRange(5, 6, Set.of()),
                        new SuppressedRange(8, 13, Set.of()),
                        new SuppressedRange(10, 12, Set.of("LEAK_EXECUTOR_NOT_SHUTDOWN"))),
                collect(SOURCE).ranges());
    }

    @Test
    void aRangeSuppressesOnlyItsRulesAndOnlyInsideItsLines() {
        Suppressions suppressions = collect(SOURCE.replace("@SuppressWarnings(value = \"leakhound\")", ""));

        assertTrue(suppressions.suppresses(12, LEAK_EXECUTOR_NOT_SHUTDOWN));
        assertFalse(suppressions.suppresses(13, LEAK_EXECUTOR_NOT_SHUTDOWN));
        assertFalse(suppressions.suppresses(9, LEAK_EXECUTOR_NOT_SHUTDOWN));
        assertTrue(suppressions.suppresses(9, LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN));
        assertFalse(suppressions.suppresses(15, LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN));
    }

    @Test
    void unknownSpotBugsIdsAndOtherWarningsMakeNoRange() {
        Suppressions suppressions = collect("""
                class Service {
                    @SuppressFBWarnings("NP_NULL_ON_SOME_PATH")
                    void one() { }
                    @SuppressWarnings({"unchecked", "rawtypes"})
                    void two() { }
                    @Deprecated
                    void three() { }
                }
                """);

        assertEquals(List.of(), suppressions.ranges());
    }

    @Test
    void indexReadFromSourceRootsLooksUpByRootRelativePath() {
        MarkedSources.write(root, SOURCE);

        SuppressionIndex index = SuppressionIndex.read(List.of(root));

        assertTrue(index.isSuppressed("demo/Service.java", 11, LEAK_EXECUTOR_NOT_SHUTDOWN));
        assertFalse(index.isSuppressed("demo/Service.java", 15, LEAK_EXECUTOR_NOT_SHUTDOWN));
        assertFalse(index.isSuppressed("demo/Other.java", 11, LEAK_EXECUTOR_NOT_SHUTDOWN));
    }

    @Test
    void indexOfAnUnparsableFileSuppressesNothing() {
        MarkedSources.write(root, "package demo;\n@SuppressWarnings(\"leakhound\")\nclass Broken { void f( { }\n");

        SuppressionIndex index = new SourceEngine(ThreadOwners.defaults()).suppressions(List.of(root));

        assertFalse(index.isSuppressed("demo/Broken.java", 3, LEAK_EXECUTOR_NOT_SHUTDOWN));
    }
}
