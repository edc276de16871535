package io.github.leakhound.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The rule catalog: every rule both engines implement, with the text every report shows.
 * IDs never change once released (see RULES.md).
 */
public enum Rule {
    LEAK_EXECUTOR_NOT_SHUTDOWN(
            Category.EXECUTOR, Severity.ERROR,
            "Executor created here is never shut down",
            "An ExecutorService created in a method is neither shut down on every path, exceptional ones "
                    + "included, nor handed on to an owner (returned, stored in a field, passed to a constructor "
                    + "or to a method that keeps it). Its worker threads outlive the call; created per call or in a "
                    + "loop, threads pile up until the JVM runs out of them or cannot exit.",
            "Create it in try-with-resources (Java 19+), or call shutdown() in a finally block."),
    LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN(
            Category.EXECUTOR, Severity.WARNING,
            "Executor field is never shut down",
            "An ExecutorService this class creates and keeps in a field is never shut down anywhere in the "
                    + "analysed program, and no other code can reach it to do so. Every instance of the class "
                    + "leaves its threads running after it is no longer used.",
            "Shut the executor down in the class's close()/stop() method (implement AutoCloseable), or in a "
                    + "@PreDestroy method."),
    LEAK_EXECUTOR_OVERWRITTEN(
            Category.EXECUTOR, Severity.ERROR,
            "Executor field overwritten without shutting down the old one",
            "A field that already holds an ExecutorService is assigned a new one while the old executor is "
                    + "not shut down first. The old executor's threads keep running and nothing can reach them "
                    + "any more.",
            "Shut the old executor down (or hand it to code that will) before assigning the new one."),
    LEAK_THREAD_OWNER_NOT_CLOSED(
            Category.EXECUTOR, Severity.WARNING,
            "Thread-owning object created here is never closed",
            "An object that owns threads (such as java.net.http.HttpClient, whose selector thread lives until "
                    + "it is closed or garbage collected, or a configured type) is created in a method and "
                    + "neither closed on every path nor handed on. Created per call, it multiplies threads and "
                    + "connections.",
            "Share one instance (a field or a dependency), or close it in try-with-resources (HttpClient is "
                    + "AutoCloseable since Java 21)."),
    LEAK_TIMER_NOT_CANCELLED(
            Category.TIMER, Severity.ERROR,
            "Timer is never cancelled",
            "A java.util.Timer owns a thread from the moment it is created (a javax.swing.Timer keeps firing once "
                    + "started) until it is cancelled. Created per call and not cancelled on every path, or kept in "
                    + "a field that nothing ever cancels, each timer leaks a thread, its tasks and everything they "
                    + "reference. Local timers are errors; fields are warnings, because the leak depends on how "
                    + "many instances are created.",
            "Cancel the timer in a finally block (locals) or in the owner's close()/stop() method (fields); or "
                    + "schedule on a shared ScheduledExecutorService instead."),
    LEAK_PERIODIC_TASK_NOT_CANCELLED(
            Category.TIMER, Severity.WARNING,
            "Periodic task is never cancelled",
            "A task is scheduled with scheduleAtFixedRate/scheduleWithFixedDelay on an executor this class does "
                    + "not own, and the returned ScheduledFuture is dropped or never cancelled, although the class "
                    + "has a lifecycle end (close, stop, shutdown, @PreDestroy). The executor outlives the object: "
                    + "the task keeps running after the object is done, and keeps it reachable.",
            "Keep the ScheduledFuture in a field and cancel it in close()/stop().");

    private final Category category;
    private final Severity severity;
    private final String title;
    private final String description;
    private final String fix;

    Rule(Category category, Severity severity, String title, String description, String fix) {
        this.category = category;
        this.severity = severity;
        this.title = title;
        this.description = description;
        this.fix = fix;
    }

    /** The stable rule ID, as used in reports, suppressions and baselines. */
    public String id() {
        return name();
    }

    /** The rule family. */
    public Category category() {
        return category;
    }

    /** The default severity of a finding of this rule. */
    public Severity severity() {
        return severity;
    }

    /** One line: what is wrong. */
    public String title() {
        return title;
    }

    /** One paragraph: what leaks and why it matters. */
    public String description() {
        return description;
    }

    /** One sentence: how to fix it. */
    public String fix() {
        return fix;
    }

    /** The anchor of this rule's section in the rule documentation ({@code README.md#...}). */
    public String helpAnchor() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The catalog entry with this ID, if there is one. */
    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.name().equals(id)).findFirst();
    }
}
