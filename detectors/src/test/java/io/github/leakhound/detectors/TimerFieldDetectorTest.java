package io.github.leakhound.detectors;

import static io.github.leakhound.core.Rule.LEAK_TIMER_NOT_CANCELLED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Rule;
import io.github.leakhound.core.Severity;
import io.github.leakhound.detectors.samples.FieldTimers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * LEAK_TIMER_NOT_CANCELLED for timers kept in fields, on {@link FieldTimers}, one case per nested class; the facts
 * of every nested class are analysed together, as one program.
 */
class TimerFieldDetectorTest extends SampleDetectorTest {

    private static final List<Rule> NOT_CANCELLED = List.of(LEAK_TIMER_NOT_CANCELLED);
    private static final List<Rule> NOTHING = List.of();

    @Override
    Class<?> sample() {
        return FieldTimers.class;
    }

    // ---- reported ----

    @Test
    void fieldInitializedInlineAndNeverCancelledIsReported() {
        assertEquals(NOT_CANCELLED, run.rulesInNested("NeverCancelled"));
    }

    @Test
    void fieldAssignedInConstructorAndNeverCancelledIsReported() {
        assertEquals(NOT_CANCELLED, run.rulesInNested("AssignedInConstructor"));
    }

    @Test
    void fieldAssignedThroughLocalVariableIsReported() {
        assertEquals(NOT_CANCELLED, run.rulesInNested("AssignedThroughLocalVariable"));
    }

    @Test
    void staticFieldNeverCancelledIsReported() {
        assertEquals(NOT_CANCELLED, run.rulesInNested("StaticNeverCancelled"));
    }

    @Test
    void purgeIsNoCancel() {
        assertEquals(NOT_CANCELLED, run.rulesInNested("PurgedButNeverCancelled"));
    }

    @Test
    void lazilyCreatedFieldNeverCancelledIsReported() {
        assertEquals(NOT_CANCELLED, run.rulesInNested("LazilyCreatedNeverCancelled"));
    }

    @Test
    void startedSwingTimerFieldNeverStoppedIsReported() {
        assertEquals(NOT_CANCELLED, run.rulesInNested("SwingTimerStartedNeverStopped"));
    }

    @Test
    void swingTimerFieldStartedByAnotherClassIsReported() {
        assertEquals(NOT_CANCELLED, run.rulesInNested("SwingTimerStartedByAnotherClass"));
        assertEquals(NOTHING, run.rulesInNested("StartsAnotherClassesSwingTimer"));
    }

    // ---- silent ----

    @Test
    void fieldCancelledInCloseIsNotReported() {
        assertEquals(NOTHING, run.rulesInNested("CancelledInClose"));
    }

    @Test
    void fieldCancelledInPreDestroyMethodIsNotReported() {
        assertEquals(NOTHING, run.rulesInNested("CancelledInPreDestroy"));
    }

    @Test
    void fieldCancelledThroughLocalCopyIsNotReported() {
        assertEquals(NOTHING, run.rulesInNested("CancelledThroughLocalCopy"));
    }

    @Test
    void fieldCancelledInShutdownHookIsNotReported() {
        assertEquals(NOTHING, run.rulesInNested("CancelledInShutdownHook"));
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
    void reassignedTimerFieldHasNoOverwrittenRule() {
        assertEquals(NOTHING, run.rulesInNested("ReassignedAndCancelled"));
    }

    @Test
    void swingTimerFieldNeverStartedIsNotReported() {
        assertEquals(NOTHING, run.rulesInNested("SwingTimerNeverStarted"));
    }

    @Test
    void swingTimerFieldStoppedInDisposeIsNotReported() {
        assertEquals(NOTHING, run.rulesInNested("SwingTimerStoppedInDispose"));
    }

    @Test
    void executorAndTimerFieldsAreEachReleasedByTheirOwnMethod() {
        assertEquals(NOTHING, run.rulesInNested("ExecutorBesideTimer"));
    }

    // ---- what a finding says ----

    @Test
    void messageNamesTheFieldWhatLeaksAndTheFix() {
        String message = run.onlyFindingInNested("NeverCancelled").message();
        assertTrue(message.startsWith("Timer field `timer` is assigned a new timer here, but nothing in the analysed"
                + " program ever cancels it"), message);
        assertTrue(message.contains("close()/stop()"), message);
    }

    @Test
    void swingTimerFieldMessageSaysStops() {
        String message = run.onlyFindingInNested("SwingTimerStartedNeverStopped").message();
        assertTrue(message.contains("ever stops it"), message);
    }

    @Test
    void fieldFindingIsAboutTheFieldAsAWarning() {
        Finding finding = run.onlyFindingInNested("NeverCancelled");
        assertEquals("timer", finding.location().memberName());
        assertEquals(Severity.WARNING, finding.severity());
    }
}
