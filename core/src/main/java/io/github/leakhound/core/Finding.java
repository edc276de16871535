package io.github.leakhound.core;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One reported leak.
 *
 * @param rule     the catalog entry this finding reports
 * @param severity usually the rule's default; some rules are stricter for local resources
 * @param location where it is reported
 * @param message  what leaks, why it matters, and the fix
 * @param engines  the engines that found it (both, after the Maven plugin merges them)
 */
public record Finding(Rule rule, Severity severity, Location location, String message, Set<Engine> engines) {

    /** Orders findings by file, line, column and rule, so that every report is stable. */
    public static final Comparator<Finding> BY_POSITION = Comparator
            .comparing((Finding f) -> f.location().sourcePath())
            .thenComparingInt(f -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::rule);

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        EnumSet<Engine> sorted = EnumSet.noneOf(Engine.class);
        sorted.addAll(engines);
        engines = Collections.unmodifiableSet(sorted);
    }

    /** A finding of one engine with the rule's default severity. */
    public static Finding of(Rule rule, Location location, String message, Engine engine) {
        return new Finding(rule, rule.severity(), location, message, Set.of(engine));
    }

    /** This finding, also credited to the engines of {@code other}. */
    public Finding mergedWith(Finding other) {
        EnumSet<Engine> all = EnumSet.noneOf(Engine.class);
        all.addAll(engines);
        all.addAll(other.engines);
        Severity stricter = severity.isAtLeast(other.severity) ? severity : other.severity;
        return new Finding(rule, stricter, location, message, all);
    }

    /** This finding at another location, e.g. once its path is made relative to the project. */
    public Finding at(Location newLocation) {
        return new Finding(rule, severity, newLocation, message, engines);
    }
}
