package io.github.leakhound.detectors.index;

/**
 * How a class of the analysed program says that its objects' life ends, after which their periodic tasks must
 * stop: a method named {@code close}, {@code stop}, {@code shutdown}, {@code dispose} or {@code destroy}, a
 * method annotated {@code @PreDestroy}, or a declared {@code AutoCloseable}/{@code Closeable}.
 *
 * @param className binary name of the class
 * @param method    the method that ends the life, as messages name it ({@code close} for a declared
 *                  {@code AutoCloseable} whose {@code close()} is inherited)
 */
public record LifecycleEnd(String className, String method) {

    /** The call, as messages show it: {@code close()}. */
    public String call() {
        return method + "()";
    }
}
