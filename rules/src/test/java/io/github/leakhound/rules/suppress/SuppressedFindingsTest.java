package io.github.leakhound.rules.suppress;

import static io.github.leakhound.rules.MarkedSources.assertFindsExactlyTheMarkedLines;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source engine leaves out the findings that suppression annotations cover, and only those. */
class SuppressedFindingsTest {

    @TempDir
    Path root;

    @Test
    void suppressWarningsWithRuleIdOnALocalVariableCoversOnlyItsStatement() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Locals {
                    void run(Runnable task) {
                        @SuppressWarnings("leakhound:LEAK_EXECUTOR_NOT_SHUTDOWN")
                        ExecutorService quiet = Executors.newFixedThreadPool(2);
                        ExecutorService loud = Executors.newFixedThreadPool(2); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                        quiet.submit(task);
                        loud.submit(task);
                    }
                }
                """);
    }

    @Test
    void bareLeakhoundOnAMethodCoversTheWholeMethodAndNotTheNextOne() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.Executors;

                class Methods {
                    @SuppressWarnings("leakhound")
                    void quiet(Runnable task) {
                        Executors.newSingleThreadExecutor().submit(task);
                        Executors.newCachedThreadPool().submit(task);
                    }
                    void loud(Runnable task) { Executors.newSingleThreadExecutor().submit(task); } // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                }
                """);
    }

    @Test
    void arrayWithOtherWarningsOnAConstructorSuppressesTheLeakhoundId() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.Executors;

                class Constructors {
                    @SuppressWarnings({"unchecked", "leakhound:LEAK_EXECUTOR_NOT_SHUTDOWN"})
                    Constructors(Runnable task) {
                        Executors.newSingleThreadExecutor().submit(task);
                    }
                    Constructors() {
                        Executors.newSingleThreadExecutor().submit(() -> { }); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                    }
                }
                """);
    }

    @Test
    void suppressFbWarningsOnAClassCoversEveryMemberAndNestedType() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
                import java.util.concurrent.Executors;

                @SuppressFBWarnings("LEAK_EXECUTOR_NOT_SHUTDOWN")
                class Classes {
                    void one(Runnable task) {
                        Executors.newSingleThreadExecutor().submit(task);
                    }
                    class Inner {
                        void two(Runnable task) {
                            Executors.newSingleThreadExecutor().submit(task);
                        }
                    }
                }
                """);
    }

    @Test
    void suppressFbWarningsWithNamedValueArrayOnAFieldCoversItsDeclarationLine() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Fields {
                    @SuppressFBWarnings(value = {"LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN"}, justification = "lives as long as the JVM")
                    private final ExecutorService quiet = Executors.newFixedThreadPool(2);
                    private final ExecutorService loud = Executors.newFixedThreadPool(2); // expect: LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN

                    void use(Runnable task) {
                        quiet.submit(task);
                        loud.submit(task);
                    }
                }
                """);
    }

    @Test
    void suppressingOneIdLeavesTheOtherIdsOnTheSameLineReported() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Overwrites {
                    private ExecutorService pool = Executors.newFixedThreadPool(2); // expect: LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN

                    @SuppressWarnings("leakhound:LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN")
                    void restart() {
                        pool = Executors.newFixedThreadPool(4); // expect: LEAK_EXECUTOR_OVERWRITTEN
                    }
                }
                """);
    }

    @Test
    void annotationsThatDoNotNameALeakhoundRuleSuppressNothing() {
        assertFindsExactlyTheMarkedLines(root, """
                package demo;

                import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
                import java.util.concurrent.Executors;

                class Unrelated {
                    @SuppressWarnings({"unchecked", "all", "leakhound:LEAK_EXECUTOR_OVERWRITTEN"})
                    void one(Runnable task) {
                        Executors.newSingleThreadExecutor().submit(task); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                    }
                    @SuppressFBWarnings({"NP_NULL_ON_SOME_PATH", "leakhound"})
                    void two(Runnable task) {
                        Executors.newSingleThreadExecutor().submit(task); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
                    }
                }
                """);
    }
}
