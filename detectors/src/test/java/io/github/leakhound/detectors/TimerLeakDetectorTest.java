package io.github.leakhound.detectors;

import static io.github.leakhound.core.Rule.LEAK_TIMER_NOT_CANCELLED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.leakhound.core.Rule;
import io.github.leakhound.core.Severity;
import io.github.leakhound.detectors.samples.LocalTimers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LEAK_TIMER_NOT_CANCELLED for timers created in methods, on {@link LocalTimers}, one case per method. */
class TimerLeakDetectorTest extends SampleDetectorTest {

    private static final List<Rule> NOT_CANCELLED = List.of(LEAK_TIMER_NOT_CANCELLED);
    private static final List<Rule> NOTHING = List.of();

    @Override
    Class<?> sample() {
        return LocalTimers.class;
    }

    // ---- reported ----

    @Test
    void timerNeverCancelledIsReported() {
        assertEquals(NOT_CANCELLED, run.rulesIn("neverCancelled"));
    }

    @Test
    void daemonTimerNeverCancelledIsReported() {
        assertEquals(NOT_CANCELLED, run.rulesIn("daemonNeverCancelled"));
    }

    @Test
    void namedDaemonTimerNeverCancelledIsReported() {
        assertEquals(NOT_CANCELLED, run.rulesIn("namedDaemonNeverCancelled"));
    }

    @Test
    void cancelAfterScheduleWithoutFinallyIsReported() {
        assertEquals(NOT_CANCELLED, run.rulesIn("cancelAfterScheduleWithoutFinally"));
    }

    @Test
    void cancelOnlyInsideIfIsReported() {
        assertEquals(NOT_CANCELLED, run.rulesIn("cancelOnlyInsideIf"));
    }

    @Test
    void timerUsedWithoutVariableIsReported() {
        assertEquals(NOT_CANCELLED, run.rulesIn("usedWithoutVariable"));
    }

    @Test
    void timerCreatedInLoopIsReported() {
        assertEquals(NOT_CANCELLED, run.rulesIn("createdInLoop"));
    }

    @Test
    void schedulingAnAnonymousTaskOnTheTimerIsAUseNotAHandOff() {
        assertEquals(NOT_CANCELLED, run.rulesIn("scheduledAnonymousTaskIsAUseNotAHandOff"));
    }

    @Test
    void passingTheTimerToBorrowersDoesNotHandItOn() {
        assertEquals(NOT_CANCELLED, run.rulesIn("passedOnlyToBorrowers"));
    }

    @Test
    void timerCreatedInLambdaIsReportedInTheEnclosingMethod() {
        assertEquals(NOT_CANCELLED, run.rulesIn("createdInLambda"));
    }

    @Test
    void startedSwingTimerNeverStoppedIsReported() {
        assertEquals(NOT_CANCELLED, run.rulesIn("swingTimerStartedNeverStopped"));
    }

    @Test
    void restartedSwingTimerNeverStoppedIsReported() {
        assertEquals(NOT_CANCELLED, run.rulesIn("swingTimerRestartedNeverStopped"));
    }

    @Test
    void swingTimerStoppedAfterACallWithoutFinallyIsReported() {
        assertEquals(NOT_CANCELLED, run.rulesIn("swingTimerStoppedAfterACallWithoutFinally"));
    }

    // ---- silent ----

    @Test
    void cancelInFinallyIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("cancelInFinally"));
    }

    @Test
    void nullCheckedCancelInFinallyIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("cancelInFinallyWithNullCheck"));
    }

    @Test
    void cancelWithNoCallInBetweenIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("cancelRightAway"));
    }

    @Test
    void returnedTimerIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("returned"));
    }

    @Test
    void timerStoredInFieldIsNotALocalLeak() {
        assertEquals(NOTHING, run.rulesIn("storedInField"));
    }

    @Test
    void timerStoredInArrayIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("storedInArray"));
    }

    @Test
    void timerPassedToConstructorIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("passedToConstructor"));
    }

    @Test
    void timerAddedToCollectionIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("addedToCollection"));
    }

    @Test
    void timerCapturedByTheTaskThatCancelsItIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("capturedByTheTaskThatCancelsIt"));
    }

    @Test
    void timerCapturedByMethodReferenceIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("capturedByLambda"));
    }

    @Test
    void timerReceivedAsParameterIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("parameterIsNotOwned"));
    }

    @Test
    void superConstructorCallOfTimerSubclassIsNoCreation() {
        assertEquals(NOTHING, run.rulesIn("subclassOfTimerIsNotInTheVocabulary"));
        assertEquals(NOTHING, run.rulesInNested("ReminderTimer"));
    }

    @Test
    void swingTimerNeverStartedIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("swingTimerNeverStarted"));
    }

    @Test
    void swingTimerStoppedInFinallyIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("swingTimerStoppedInFinally"));
    }

    @Test
    void startedSwingTimerReturnedIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("swingTimerStartedAndReturned"));
    }

    // ---- what a finding says ----

    @Test
    void messageNamesTheVariableWhatLeaksAndTheFix() {
        String message = run.onlyFindingIn("neverCancelled").message();
        assertEquals("Timer `timer` created here is never cancelled on every path: its thread outlives this call."
                + " Cancel it in a finally block, or schedule on a shared ScheduledExecutorService instead.", message);
    }

    @Test
    void swingTimerMessageSaysStopped() {
        String message = run.onlyFindingIn("swingTimerStartedNeverStopped").message();
        assertTrue(message.startsWith("Timer `blink` created here is never stopped on every path: it keeps firing"),
                message);
        assertTrue(message.contains("stop() in a finally block"), message);
    }

    @Test
    void localTimerLeakIsAnError() {
        assertEquals(Severity.ERROR, run.onlyFindingIn("neverCancelled").severity());
    }
}
