package io.github.leakhound.detectors;

import static io.github.leakhound.core.Rule.LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN;
import static io.github.leakhound.core.Rule.LEAK_PERIODIC_TASK_NOT_CANCELLED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Rule;
import io.github.leakhound.core.Severity;
import io.github.leakhound.detectors.samples.PeriodicSchedules;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * LEAK_PERIODIC_TASK_NOT_CANCELLED on {@link PeriodicSchedules}, one case per nested class; the facts of every
 * nested class are analysed together, as one program.
 */
class PeriodicTaskDetectorTest extends SampleDetectorTest {

    private static final List<Rule> NOT_CANCELLED = List.of(LEAK_PERIODIC_TASK_NOT_CANCELLED);
    private static final List<Rule> NOTHING = List.of();

    @Override
    Class<?> sample() {
        return PeriodicSchedules.class;
    }

    // ---- reported ----

    @Test
    void droppedFutureOnInjectedFieldInAutoCloseableClassIsReported() {
        assertEquals(NOT_CANCELLED, run.rulesInNested("InjectedFieldFutureDropped"));
    }

    @Test
    void fixedDelayTaskInClassWithStopIsReported() {
        assertEquals(NOT_CANCELLED, run.rulesInNested("WithFixedDelayAndStop"));
    }

    @Test
    void preDestroyMethodOfAnyPackageIsALifecycleEnd() {
        assertEquals(NOT_CANCELLED, run.rulesInNested("PreDestroyAnnotated"));
    }

    @Test
    void declaredAutoCloseableIsALifecycleEnd() {
        assertEquals(NOT_CANCELLED, run.rulesInNested("DeclaresAutoCloseable"));
    }

    @Test
    void methodParameterExecutorIsNotOwned() {
        assertEquals(NOT_CANCELLED, run.rulesInNested("MethodParameter"));
    }

    @Test
    void scheduledThreadPoolExecutorParameterIsNotOwned() {
        assertEquals(NOT_CANCELLED, run.rulesInNested("ThreadPoolParameter"));
    }

    @Test
    void staticSchedulerOfAnotherClassIsNotOwned() {
        assertEquals(NOT_CANCELLED, run.rulesInNested("SharedStaticScheduler"));
    }

    @Test
    void schedulerReturnedByAMethodIsNotOwned() {
        assertEquals(NOT_CANCELLED, run.rulesInNested("SchedulerFromAMethod"));
    }

    @Test
    void futureKeptInFieldThatNothingCancelsIsReported() {
        assertEquals(NOT_CANCELLED, run.rulesInNested("FutureKeptInFieldNeverCancelled"));
    }

    @Test
    void futureKeptInLocalThatIsNeitherCancelledNorHandedOnIsReported() {
        assertEquals(NOT_CANCELLED, run.rulesInNested("FutureKeptInLocalNeverCancelled"));
    }

    @Test
    void localCopyOfInjectedFieldIsNotOwned() {
        assertEquals(NOT_CANCELLED, run.rulesInNested("LocalCopyOfTheInjectedField"));
    }

    @Test
    void lifecycleEndOfTheEnclosingClassCountsForInnerClassesAndLambdas() {
        assertEquals(NOT_CANCELLED, run.rulesInNested("OuterWithStop$Poller"));
        assertEquals(NOT_CANCELLED, run.rulesInNested("OuterWithStop"));
    }

    @Test
    void ownedExecutorIsTheExecutorRulesBusiness() {
        assertEquals(List.of(LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN), run.rulesInNested("OwnedExecutorNeverShutDown"));
    }

    // ---- silent ----

    @Test
    void futureCancelledInCloseIsNotReported() {
        assertEquals(NOTHING, run.rulesInNested("FutureCancelledInClose"));
    }

    @Test
    void executorCreatedAndShutDownByTheClassIsNotReported() {
        assertEquals(NOTHING, run.rulesInNested("OwnedExecutorShutDown"));
    }

    @Test
    void executorConstructedByTheClassIsOwned() {
        assertEquals(NOTHING, run.rulesInNested("OwnedThroughTheConstructor"));
    }

    @Test
    void executorCreatedInTheMethodIsOwned() {
        assertEquals(NOTHING, run.rulesInNested("LocalExecutor"));
    }

    @Test
    void oneShotScheduleIsNotReported() {
        assertEquals(NOTHING, run.rulesInNested("OneShotSchedule"));
    }

    @Test
    void classWithoutLifecycleEndIsNotReported() {
        assertEquals(NOTHING, run.rulesInNested("NoLifecycleEnd"));
    }

    @Test
    void returnedFutureIsNotReported() {
        assertEquals(NOTHING, run.rulesInNested("FutureReturned"));
    }

    @Test
    void futureAddedToACollectionIsNotReported() {
        assertEquals(NOTHING, run.rulesInNested("FuturesAddedToAList"));
    }

    @Test
    void futureFieldReturnedByGetterIsNotReported() {
        assertEquals(NOTHING, run.rulesInNested("FutureFieldReturnedByGetter"));
    }

    @Test
    void futureCancelledInTheSameMethodIsNotReported() {
        assertEquals(NOTHING, run.rulesInNested("FutureCancelledInTheMethod"));
    }

    @Test
    void futureCapturedByALambdaIsNotReported() {
        assertEquals(NOTHING, run.rulesInNested("FutureCapturedByALambda"));
    }

    @Test
    void executorInAnotherObjectsFieldIsNotKnownToBeBorrowed() {
        assertEquals(NOTHING, run.rulesInNested("FieldOfAnotherObject"));
    }

    @Test
    void timerMethodsOfTheSameNameAreNotPeriodicTasks() {
        assertEquals(NOTHING, run.rulesInNested("TimerMethodsOfTheSameName"));
    }

    @Test
    void localExecutorCapturedByALambdaIsNotKnownToBeBorrowed() {
        assertEquals(NOTHING, run.rulesInNested("CapturedLocalExecutor"));
    }

    // ---- what a finding says ----

    @Test
    void messageNamesTheExecutorTheLifecycleEndAndTheFix() {
        assertEquals("Periodic task scheduled here on `scheduler`, an executor this class does not own, is never"
                + " cancelled: the ScheduledFuture it returns is dropped, so the task keeps running, and keeps this"
                + " object reachable, after close(). Keep the ScheduledFuture in a field and cancel it in close().",
                run.onlyFindingInNested("InjectedFieldFutureDropped").message());
    }

    @Test
    void messageNamesTheAnnotatedLifecycleMethod() {
        assertTrue(run.onlyFindingInNested("PreDestroyAnnotated").message().contains("after tearDown()"));
    }

    @Test
    void messageNamesTheFieldTheFutureIsKeptIn() {
        String message = run.onlyFindingInNested("FutureKeptInFieldNeverCancelled").message();
        assertTrue(message.contains("kept in field `refresh`") && message.endsWith("Cancel `refresh` in close()."),
                message);
    }

    @Test
    void messageNamesTheLocalTheFutureIsKeptIn() {
        String message = run.onlyFindingInNested("FutureKeptInLocalNeverCancelled").message();
        assertTrue(message.contains("its ScheduledFuture `heartbeat` is neither cancelled nor kept"), message);
    }

    @Test
    void messageNamesASharedSchedulerByItsClass() {
        assertTrue(run.onlyFindingInNested("SharedStaticScheduler").message().contains("on `Schedulers.SHARED`"));
        assertTrue(run.onlyFindingInNested("SchedulerFromAMethod").message().contains("on `Schedulers.shared()`"));
    }

    @Test
    void periodicTaskFindingIsAWarningAtTheCall() {
        Finding finding = run.onlyFindingInNested("InjectedFieldFutureDropped");
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("start", finding.location().memberName());
    }
}
