package io.github.leakhound.core;

import java.util.Objects;
import java.util.Set;

/**
 * A type whose instances own threads, and the methods that give those threads back.
 *
 * @param className      binary name with dots, nested types with {@code $} ({@code java.net.http.HttpClient})
 * @param kind           which rules judge it
 * @param releaseMethods names of the methods that release its threads
 */
public record ThreadOwnerType(String className, OwnerKind kind, Set<String> releaseMethods) {

    public ThreadOwnerType {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(kind, "kind");
        releaseMethods = Set.copyOf(releaseMethods);
        if (releaseMethods.isEmpty()) {
            throw new IllegalArgumentException(className + " needs at least one release method");
        }
    }

    /** The simple name, as source code usually writes it ({@code HttpClient}, {@code Builder}). */
    public String simpleName() {
        return TypeNames.simpleName(className);
    }
}
