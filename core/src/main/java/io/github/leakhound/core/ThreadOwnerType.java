package io.github.leakhound.core;

import java.util.Objects;
import java.util.Set;

/**
 * A type whose instances own threads, and the methods that give those threads back.
 *
 * @param className      binary name with dots, nested types with {@code $} ({@code java.net.http.HttpClient})
 * @param kind           which rules judge it
 * @param releaseMethods names of the methods that release its threads
 * @param startMethods   names of the methods without which an instance owns nothing yet (a
 *                       {@code javax.swing.Timer} fires only once started); empty when creation alone owns threads
 */
public record ThreadOwnerType(String className, OwnerKind kind, Set<String> releaseMethods, Set<String> startMethods) {

    public ThreadOwnerType {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(kind, "kind");
        releaseMethods = Set.copyOf(releaseMethods);
        startMethods = Set.copyOf(startMethods);
        if (releaseMethods.isEmpty()) {
            throw new IllegalArgumentException(className + " needs at least one release method");
        }
    }

    /** A type that owns threads from the moment it is created. */
    public ThreadOwnerType(String className, OwnerKind kind, Set<String> releaseMethods) {
        this(className, kind, releaseMethods, Set.of());
    }

    /** True when an instance owns threads only after one of {@link #startMethods()} is called on it. */
    public boolean needsStart() {
        return !startMethods.isEmpty();
    }

    /** The simple name, as source code usually writes it ({@code HttpClient}, {@code Builder}). */
    public String simpleName() {
        return TypeNames.simpleName(className);
    }
}
