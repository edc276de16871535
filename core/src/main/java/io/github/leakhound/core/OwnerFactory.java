package io.github.leakhound.core;

import java.util.Objects;

/**
 * A method that returns a new thread owner which the caller then owns.
 *
 * @param className  binary name of the class declaring the method ({@code java.util.concurrent.Executors})
 * @param methodName the method, or {@code *} for every method whose name starts with {@code new}
 * @param isStatic   true for static factories; false for builder methods called on an instance
 * @param kind       the kind of owner it creates
 */
public record OwnerFactory(String className, String methodName, boolean isStatic, OwnerKind kind) {

    /** Wildcard for "every {@code new...} method of the class". */
    public static final String ANY_NEW_METHOD = "*";

    public OwnerFactory {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(methodName, "methodName");
        Objects.requireNonNull(kind, "kind");
    }

    /** True when a call of {@code calledMethod} declared in {@code calledClass} is this factory. */
    public boolean matches(String calledClass, String calledMethod) {
        if (!className.equals(calledClass)) {
            return false;
        }
        return methodName.equals(ANY_NEW_METHOD) ? calledMethod.startsWith("new") : methodName.equals(calledMethod);
    }
}
