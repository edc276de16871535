package io.github.leakhound.detectors;

import static io.github.leakhound.core.Rule.LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN;
import static io.github.leakhound.core.Rule.LEAK_EXECUTOR_OVERWRITTEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Rule;
import io.github.leakhound.core.Severity;
import io.github.leakhound.detectors.samples.FieldExecutors;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN and LEAK_EXECUTOR_OVERWRITTEN on {@link FieldExecutors}, one case per
 * nested class; the facts of every nested class are analysed together, as one program.
 */
class ExecutorFieldDetectorsTest extends SampleDetectorTest {

    private static final List<Rule> NEVER_SHUT_DOWN = List.of(LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN);
    private static final List<Rule> OVERWRITTEN = List.of(LEAK_EXECUTOR_OVERWRITTEN);
    private static final List<Rule> NOTHING = List.of();

    @Override
    Class<?> sample() {
        return FieldExecutors.class;
    }

    // ---- LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN ----

    @Test
    void fieldInitializedInlineAndNeverShutDownIsReported() {
        assertEquals(NEVER_SHUT_DOWN, run.rulesInNested("NeverShutDown"));
    }

    @Test
    void fieldAssignedInConstructorAndNeverShutDownIsReported() {
        assertEquals(NEVER_SHUT_DOWN, run.rulesInNested("AssignedInConstructor"));
    }

    @Test
    void fieldAssignedThroughLocalVariableIsReported() {
        assertEquals(NEVER_SHUT_DOWN, run.rulesInNested("AssignedThroughLocalVariable"));
    }

    @Test
    void staticFieldNeverShutDownIsReported() {
        assertEquals(NEVER_SHUT_DOWN, run.rulesInNested("StaticNeverShutDown"));
    }

    @Test
    void lazilyCreatedFieldNeverShutDownIsReported() {
        assertEquals(NEVER_SHUT_DOWN, run.rulesInNested("LazilyCreatedNeverShutDown"));
    }

    @Test
    void passingTheFieldToBorrowersDoesNotLetItEscape() {
        assertEquals(NEVER_SHUT_DOWN, run.rulesInNested("PassedOnlyToBorrowers"));
    }

    @Test
    void fieldNeverShutDownAndOverwrittenGetsBothRules() {
        assertEquals(List.of(LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN, LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN,
                LEAK_EXECUTOR_OVERWRITTEN), run.rulesInNested("NeverShutDownAndOverwritten"));
    }

    @Test
    void fieldShutDownInCloseIsNotReported() {
        assertEquals(NOTHING, run.rulesInNested("ShutDownInClose"));
    }

    @Test
    void fieldClosedThroughLocalCopyIsNotReported() {
        assertEquals(NOTHING, run.rulesInNested("ClosedThroughLocalCopy"));
    }

    @Test
    void fieldShutDownInShutdownHookLambdaIsNotReported() {
        assertEquals(NOTHING, run.rulesInNested("ShutDownInShutdownHookLambda"));
    }

    @Test
    void fieldShutDownByMethodReferenceIsNotReported() {
        assertEquals(NOTHING, run.rulesInNested("ShutDownByMethodReference"));
    }

    @Test
    void fieldShutDownByInnerClassIsNotReported() {
        assertEquals(NOTHING, run.rulesInNested("ShutDownByInnerClass"));
    }

    @Test
    void fieldShutDownByAnotherAnalysedClassIsNotReported() {
        assertEquals(NOTHING, run.rulesInNested("ShutDownByAnotherClass"));
    }

    @Test
    void releaseOutsideTheAnalysedProgramDoesNotCount() {
        SampleRun alone = SampleRun.ofNested(FieldExecutors.class, "ShutDownByAnotherClass");
        assertEquals(NEVER_SHUT_DOWN, alone.rulesInNested("ShutDownByAnotherClass"));
    }

    @Test
    void fieldReturnedByGetterIsNotReported() {
        assertEquals(NOTHING, run.rulesInNested("ReturnedByGetter"));
    }

    @Test
    void fieldPassedToConstructorIsNotReported() {
        assertEquals(NOTHING, run.rulesInNested("PassedToConstructor"));
    }

    @Test
    void fieldAddedToCollectionIsNotReported() {
        assertEquals(NOTHING, run.rulesInNested("AddedToCollection"));
    }

    @Test
    void fieldCopiedToAnotherFieldIsNotReported() {
        assertEquals(NOTHING, run.rulesInNested("CopiedToAnotherField"));
    }

    @Test
    void httpClientFieldIsNeverReported() {
        assertEquals(NOTHING, run.rulesInNested("HttpClientIsShared"));
    }

    @Test
    void fieldHoldingAReceivedExecutorIsNotReported() {
        assertEquals(NOTHING, run.rulesInNested("ReceivesItsExecutor"));
    }

    // ---- LEAK_EXECUTOR_OVERWRITTEN ----

    @Test
    void fieldOverwrittenInMethodIsReported() {
        assertEquals(OVERWRITTEN, run.rulesInNested("OverwrittenInMethod"));
    }

    @Test
    void staticFieldOverwrittenIsReported() {
        assertEquals(OVERWRITTEN, run.rulesInNested("StaticOverwritten"));
    }

    @Test
    void releasingOnlyTheNewExecutorIsOverwritten() {
        assertEquals(OVERWRITTEN, run.rulesInNested("ReleasesOnlyTheNewExecutor"));
    }

    @Test
    void handingOnOnlyTheNewExecutorIsOverwritten() {
        assertEquals(OVERWRITTEN, run.rulesInNested("HandsOnOnlyTheNewExecutor"));
    }

    @Test
    void oldExecutorShutDownBeforeReassigningIsNotOverwritten() {
        assertEquals(NOTHING, run.rulesInNested("OldShutDownBeforeReassigning"));
    }

    @Test
    void oldExecutorReleasedThroughLocalCopyIsNotOverwritten() {
        assertEquals(NOTHING, run.rulesInNested("OldReleasedThroughLocalCopy"));
    }

    @Test
    void nullCheckedReassignmentIsNotOverwritten() {
        assertEquals(NOTHING, run.rulesInNested("NullCheckedBeforeReassigning"));
    }

    @Test
    void oldExecutorHandedOnBeforeReassigningIsNotOverwritten() {
        assertEquals(NOTHING, run.rulesInNested("OldHandedOnBeforeReassigning"));
    }

    @Test
    void assignmentsInConstructorsOnlyAreNotOverwritten() {
        assertEquals(NOTHING, run.rulesInNested("AssignedOnlyByConstructors"));
    }

    // ---- what a finding says ----

    @Test
    void neverShutDownMessageNamesTheFieldAndTheFix() {
        String message = run.onlyFindingInNested("NeverShutDown").message();
        assertTrue(message.startsWith("Executor field `pool` receives a new executor here"), message);
        assertTrue(message.contains("close()"), message);
    }

    @Test
    void overwrittenMessageNamesTheFieldAndTheMethod() {
        String message = run.onlyFindingInNested("OverwrittenInMethod").message();
        assertTrue(message.startsWith("Executor field `pool` already holds"), message);
        assertTrue(message.contains("resize()"), message);
    }

    @Test
    void fieldFindingIsAboutTheFieldWithTheRuleSeverity() {
        Finding neverShutDown = run.onlyFindingInNested("NeverShutDown");
        assertEquals("pool", neverShutDown.location().memberName());
        assertEquals(Severity.WARNING, neverShutDown.severity());
        assertEquals(Severity.ERROR, run.onlyFindingInNested("OverwrittenInMethod").severity());
    }
}
