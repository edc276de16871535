package io.github.leakhound.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThreadOwnersTest {

    private final ThreadOwners owners = ThreadOwners.defaults();

    @Test
    void everyExecutorsNewMethodCreatesAnExecutor() {
        assertEquals(Optional.of(OwnerKind.EXECUTOR),
                owners.createdBy("java.util.concurrent.Executors", "newVirtualThreadPerTaskExecutor"));
    }

    @Test
    void executorsHelpersThatDoNotStartWithNewCreateNothing() {
        assertEquals(Optional.empty(), owners.createdBy("java.util.concurrent.Executors", "defaultThreadFactory"));
    }

    @Test
    void commonPoolIsNotAFactory() {
        assertEquals(Optional.empty(), owners.createdBy("java.util.concurrent.ForkJoinPool", "commonPool"));
    }

    @Test
    void httpClientBuilderBuildCreatesAnotherThreadOwner() {
        assertEquals(Optional.of(OwnerKind.OTHER_THREAD_OWNER),
                owners.createdBy("java.net.http.HttpClient$Builder", "build"));
    }

    @Test
    void constructedPoolIsAnExecutor() {
        assertEquals(Optional.of(OwnerKind.EXECUTOR), owners.constructed("java.util.concurrent.ThreadPoolExecutor"));
    }

    @Test
    void awaitTerminationIsNotARelease() {
        assertFalse(owners.isRelease(OwnerKind.EXECUTOR, "awaitTermination"));
        assertTrue(owners.isRelease(OwnerKind.EXECUTOR, "shutdownNow"));
    }

    @Test
    void configuredTypeAddsItsReleaseMethod() {
        ThreadOwners extended = owners.with(new ThreadOwnerType("io.netty.channel.EventLoopGroup",
                OwnerKind.OTHER_THREAD_OWNER, Set.of("shutdownGracefully")));
        assertTrue(extended.isRelease("io.netty.channel.EventLoopGroup", "shutdownGracefully"));
        assertFalse(owners.isRelease("io.netty.channel.EventLoopGroup", "shutdownGracefully"));
    }

    @Test
    void completableFutureOnlyBorrowsTheExecutor() {
        assertTrue(owners.isBorrower("java.util.concurrent.CompletableFuture", "supplyAsync"));
        assertFalse(owners.isBorrower("com.acme.Worker", "start"));
    }

    @Test
    void utilTimerIsConstructedAsATimerReleasedByCancel() {
        assertEquals(Optional.of(OwnerKind.TIMER), owners.constructed("java.util.Timer"));
        assertTrue(owners.isRelease("java.util.Timer", "cancel"));
        assertFalse(owners.type("java.util.Timer").orElseThrow().needsStart());
    }

    @Test
    void swingTimerOwnsNothingUntilStarted() {
        ThreadOwnerType swing = owners.type("javax.swing.Timer").orElseThrow();
        assertTrue(swing.needsStart());
        assertTrue(swing.startMethods().contains("start"));
        assertTrue(owners.isRelease("javax.swing.Timer", "stop"));
    }

    @Test
    void sharedHttpClientFieldsHaveNoFieldRuleButTimersDo() {
        assertEquals(Optional.empty(), OwnerKind.OTHER_THREAD_OWNER.fieldLeakRule());
        assertEquals(Optional.of(Rule.LEAK_TIMER_NOT_CANCELLED), OwnerKind.TIMER.fieldLeakRule());
        assertEquals(Optional.of(Rule.LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN), OwnerKind.EXECUTOR.fieldLeakRule());
    }

    @Test
    void onlyFixedRateAndFixedDelayArePeriodic() {
        assertTrue(PeriodicTasks.isPeriodic("scheduleAtFixedRate"));
        assertTrue(PeriodicTasks.isPeriodic("scheduleWithFixedDelay"));
        assertFalse(PeriodicTasks.isPeriodic("schedule"));
    }

    @Test
    void factoryResultTypeNotListedIsReleasedByAnyReleaseOfItsKind() {
        ThreadOwnerType created = owners.createdType("java.util.concurrent.ThreadPerTaskExecutor", OwnerKind.EXECUTOR);
        assertEquals(Set.of("shutdown", "shutdownNow", "close"), created.releaseMethods());
        assertEquals(owners.type("java.util.concurrent.ForkJoinPool"),
                Optional.of(owners.createdType("java.util.concurrent.ForkJoinPool", OwnerKind.EXECUTOR)));
    }
}
