package io.github.leakhound.detectors;

import static io.github.leakhound.core.Rule.LEAK_EXECUTOR_NOT_SHUTDOWN;
import static io.github.leakhound.core.Rule.LEAK_THREAD_OWNER_NOT_CLOSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Rule;
import io.github.leakhound.core.Severity;
import io.github.leakhound.detectors.samples.LocalExecutors;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LEAK_EXECUTOR_NOT_SHUTDOWN and LEAK_THREAD_OWNER_NOT_CLOSED on {@link LocalExecutors}, one case per method. */
class ExecutorLeakDetectorTest extends SampleDetectorTest {

    private static final List<Rule> NOT_SHUT_DOWN = List.of(LEAK_EXECUTOR_NOT_SHUTDOWN);
    private static final List<Rule> NOT_CLOSED = List.of(LEAK_THREAD_OWNER_NOT_CLOSED);
    private static final List<Rule> NOTHING = List.of();

    @Override
    Class<?> sample() {
        return LocalExecutors.class;
    }

    // ---- reported ----

    @Test
    void poolNeverShutDownIsReported() {
        assertEquals(NOT_SHUT_DOWN, run.rulesIn("neverShutDown"));
    }

    @Test
    void shutdownAfterSubmitWithoutFinallyIsReported() {
        assertEquals(NOT_SHUT_DOWN, run.rulesIn("submitThenShutdown"));
    }

    @Test
    void shutdownAfterCallOnThePoolItselfIsReported() {
        assertEquals(NOT_SHUT_DOWN, run.rulesIn("awaitTerminationBeforeShutdown"));
    }

    @Test
    void shutdownOnlyInsideIfIsReported() {
        assertEquals(NOT_SHUT_DOWN, run.rulesIn("shutdownOnlyInsideIf"));
    }

    @Test
    void shutdownOnlyInCatchIsReported() {
        assertEquals(NOT_SHUT_DOWN, run.rulesIn("shutdownOnlyInCatch"));
    }

    @Test
    void shutdownSkippedByEarlyReturnIsReported() {
        assertEquals(NOT_SHUT_DOWN, run.rulesIn("shutdownAfterEarlyReturn"));
    }

    @Test
    void poolUsedWithoutVariableIsReported() {
        assertEquals(NOT_SHUT_DOWN, run.rulesIn("usedWithoutVariable"));
    }

    @Test
    void poolCreatedInLoopIsReported() {
        assertEquals(NOT_SHUT_DOWN, run.rulesIn("createdInLoop"));
    }

    @Test
    void constructedThreadPoolExecutorIsReported() {
        assertEquals(NOT_SHUT_DOWN, run.rulesIn("constructedThreadPoolExecutor"));
    }

    @Test
    void constructedForkJoinPoolIsReported() {
        assertEquals(NOT_SHUT_DOWN, run.rulesIn("constructedForkJoinPool"));
    }

    @Test
    void castDoesNotHandThePoolOn() {
        assertEquals(NOT_SHUT_DOWN, run.rulesIn("castKeepsTracking"));
    }

    @Test
    void passingThePoolToBorrowersDoesNotHandItOn() {
        assertEquals(NOT_SHUT_DOWN, run.rulesIn("passedOnlyToBorrowers"));
    }

    @Test
    void poolCreatedInLambdaIsReportedInTheEnclosingMethod() {
        assertEquals(NOT_SHUT_DOWN, run.rulesIn("createdInLambda"));
    }

    @Test
    void callBetweenCreationAndTheTryWithFinallyIsReported() {
        assertEquals(NOT_SHUT_DOWN, run.rulesIn("callBeforeTheTryThatShutsDown"));
    }

    @Test
    void poolCreatedInConstructorIsReported() {
        assertEquals(NOT_SHUT_DOWN, run.rulesIn("<init>"));
    }

    @Test
    void poolCreatedInStaticInitialiserIsReported() {
        assertEquals(NOT_SHUT_DOWN, run.rulesIn("<clinit>"));
    }

    @Test
    void httpClientNeverClosedIsReportedAsThreadOwner() {
        assertEquals(NOT_CLOSED, run.rulesIn("httpClientNeverClosed"));
    }

    @Test
    void httpClientFromBuilderNeverClosedIsReportedAsThreadOwner() {
        assertEquals(NOT_CLOSED, run.rulesIn("httpClientFromBuilderNeverClosed"));
    }

    // ---- silent ----

    @Test
    void tryWithResourcesIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("tryWithResources"));
    }

    @Test
    void tryWithResourcesOnVarIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("tryWithResourcesOnVar"));
    }

    @Test
    void tryWithResourcesWithCatchIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("tryWithResourcesAndCatch"));
    }

    @Test
    void twoPoolsInOneTryWithResourcesAreNotReported() {
        assertEquals(NOTHING, run.rulesIn("twoPoolsInOneTryWithResources"));
    }

    @Test
    void shutdownInFinallyIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("shutdownInFinally"));
    }

    @Test
    void nullCheckedShutdownInFinallyIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("shutdownInFinallyWithNullCheck"));
    }

    @Test
    void shutdownNowInFinallyIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("shutdownNowAndAwaitInFinally"));
    }

    @Test
    void closeInFinallyIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("closeInFinally"));
    }

    @Test
    void shutdownWithNoCallInBetweenIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("shutdownRightAway"));
    }

    @Test
    void implicitExceptionsBeforeShutdownAreIgnored() {
        assertEquals(NOTHING, run.rulesIn("implicitExceptionsBeforeShutdownAreIgnored"));
    }

    @Test
    void synchronizedBlockBeforeShutdownIsNoCall() {
        assertEquals(NOTHING, run.rulesIn("synchronizedBlockIsNoCall"));
    }

    @Test
    void stringConcatenationBeforeShutdownIsNoCall() {
        assertEquals(NOTHING, run.rulesIn("concatenationIsNoCall"));
    }

    @Test
    void returnedPoolIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("returned"));
    }

    @Test
    void poolReturnedOnOneBranchIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("returnedOnOneBranch"));
    }

    @Test
    void poolStoredInFieldIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("storedInField"));
    }

    @Test
    void poolStoredInStaticFieldIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("storedInStaticField"));
    }

    @Test
    void poolStoredInArrayIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("storedInArray"));
    }

    @Test
    void poolPassedToConstructorIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("passedToConstructor"));
    }

    @Test
    void poolAddedToCollectionIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("passedToCollection"));
    }

    @Test
    void poolPassedToOwnMethodIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("passedToOwnMethod"));
    }

    @Test
    void poolHandedOnOnOnePathOnlyIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("handedOnOnOnePathOnly"));
    }

    @Test
    void poolCapturedByLambdaIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("capturedByLambda"));
    }

    @Test
    void poolCapturedByMethodReferenceIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("capturedByMethodReference"));
    }

    @Test
    void poolCapturedByAnonymousClassIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("capturedByAnonymousClass"));
    }

    @Test
    void commonPoolIsNoCreation() {
        assertEquals(NOTHING, run.rulesIn("commonPoolIsNotCreated"));
    }

    @Test
    void supplyAsyncWithoutExecutorIsNoCreation() {
        assertEquals(NOTHING, run.rulesIn("supplyAsyncWithoutExecutor"));
    }

    @Test
    void poolReceivedAsParameterIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("parameterIsNotOwned"));
    }

    @Test
    void poolReadFromFieldIsNotALocalLeak() {
        assertEquals(NOTHING, run.rulesIn("fieldIsNotALocal"));
    }

    @Test
    void defaultThreadFactoryIsNoCreation() {
        assertEquals(NOTHING, run.rulesIn("defaultThreadFactoryIsNoPool"));
    }

    @Test
    void superConstructorCallOfPoolSubclassIsNoCreation() {
        assertEquals(NOTHING, run.rulesIn("subclassOfPoolIsNotInTheVocabulary"));
        assertEquals(NOTHING, run.rulesInNested("SingleWorkerPool"));
    }

    @Test
    void httpClientInTryWithResourcesIsNotReported() {
        assertEquals(NOTHING, run.rulesIn("httpClientInTryWithResources"));
    }

    // ---- what a finding says ----

    @Test
    void messageNamesTheVariableWhatLeaksAndTheFix() {
        String message = run.onlyFindingIn("neverShutDown").message();
        assertTrue(message.startsWith("ExecutorService `pool` created here is never shut down"), message);
        assertTrue(message.contains("shutdown() in a finally block"), message);
    }

    @Test
    void messageOfPoolWithoutVariableNamesItsType() {
        String message = run.onlyFindingIn("usedWithoutVariable").message();
        assertTrue(message.startsWith("ExecutorService created here"), message);
    }

    @Test
    void executorLeakIsAnErrorAndThreadOwnerLeakAWarning() {
        assertEquals(Severity.ERROR, run.onlyFindingIn("neverShutDown").severity());
        assertEquals(Severity.WARNING, run.onlyFindingIn("httpClientNeverClosed").severity());
    }

    @Test
    void findingIsLocatedBySpotBugsSourcePathAndLine() {
        Finding finding = run.onlyFindingIn("neverShutDown");
        assertEquals("io/github/leakhound/detectors/samples/LocalExecutors.java", finding.location().sourcePath());
        assertEquals(LocalExecutors.class.getName(), finding.location().typeName());
        assertEquals(0, finding.location().column());
    }
}
