package io.github.leakhound.core;

import java.util.Set;

/**
 * The vocabulary of periodic tasks, as data shared by both engines: the calls that start a task that runs
 * until cancelled, the call that cancels it, and how a class says it has a lifecycle end after which such a
 * task must stop.
 */
public final class PeriodicTasks {

    private static final Set<String> SCHEDULER_TYPES = Set.of(
            "java.util.concurrent.ScheduledExecutorService",
            "java.util.concurrent.ScheduledThreadPoolExecutor");
    private static final Set<String> PERIODIC_METHODS = Set.of("scheduleAtFixedRate", "scheduleWithFixedDelay");
    private static final Set<String> LIFECYCLE_END_METHODS = Set.of("close", "stop", "shutdown", "dispose", "destroy");
    private static final Set<String> LIFECYCLE_END_ANNOTATIONS = Set.of("PreDestroy");
    private static final Set<String> LIFECYCLE_INTERFACES = Set.of("java.lang.AutoCloseable", "java.io.Closeable");

    private PeriodicTasks() {
    }

    /** Binary names of the executor types whose periodic methods are judged. */
    public static Set<String> schedulerTypes() {
        return SCHEDULER_TYPES;
    }

    /** True when calling {@code method} on a scheduler starts a task that runs until cancelled. */
    public static boolean isPeriodic(String method) {
        return PERIODIC_METHODS.contains(method);
    }

    /** The method of {@code ScheduledFuture} that stops a periodic task. */
    public static String cancelMethod() {
        return "cancel";
    }

    /** Names of methods that end an object's life: {@code close}, {@code stop}, {@code shutdown}, ... */
    public static Set<String> lifecycleEndMethods() {
        return LIFECYCLE_END_METHODS;
    }

    /** Simple names of annotations that mark a lifecycle-end method, in any package ({@code PreDestroy}). */
    public static Set<String> lifecycleEndAnnotations() {
        return LIFECYCLE_END_ANNOTATIONS;
    }

    /** Binary names of interfaces whose implementors have a lifecycle end. */
    public static Set<String> lifecycleInterfaces() {
        return LIFECYCLE_INTERFACES;
    }
}
