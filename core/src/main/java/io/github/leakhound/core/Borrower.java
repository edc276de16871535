package io.github.leakhound.core;

import java.util.Objects;

/**
 * A library method that uses a thread owner passed to it as an argument but never keeps or releases it,
 * so passing an owner there does not hand ownership on.
 *
 * @param className  binary name of the declaring class
 * @param methodName the method, or {@code *} for every method of the class
 */
public record Borrower(String className, String methodName) {

    /** Wildcard for "every method of the class". */
    public static final String ANY_METHOD = "*";

    public Borrower {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(methodName, "methodName");
    }

    /** True when a call of {@code calledMethod} declared in {@code calledClass} is this borrower. */
    public boolean matches(String calledClass, String calledMethod) {
        return className.equals(calledClass) && (methodName.equals(ANY_METHOD) || methodName.equals(calledMethod));
    }
}
