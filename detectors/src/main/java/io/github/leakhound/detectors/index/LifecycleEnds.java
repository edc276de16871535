package io.github.leakhound.detectors.index;

import io.github.leakhound.core.PeriodicTasks;
import io.github.leakhound.core.TypeNames;
import java.util.Arrays;
import java.util.Optional;
import org.apache.bcel.classfile.AnnotationEntry;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;

/** Reads a class file for the lifecycle end its class declares, in the vocabulary of {@link PeriodicTasks}. */
final class LifecycleEnds {

    private static final String CLOSE = "close";

    private LifecycleEnds() {
    }

    /**
     * The first method, in declaration order, that ends the life of the class's objects by its name or by an
     * annotation (matched by simple name, in any package, visible at run time or not); else {@code close} when
     * the class declares a lifecycle interface itself.
     */
    static Optional<LifecycleEnd> declaredBy(JavaClass javaClass) {
        for (Method method : javaClass.getMethods()) {
            // Bridges and lambda bodies are javac's, not the class's declarations.
            if (!method.isSynthetic() && (PeriodicTasks.lifecycleEndMethods().contains(method.getName())
                    || isAnnotatedAsEnd(method))) {
                return Optional.of(new LifecycleEnd(javaClass.getClassName(), method.getName()));
            }
        }
        return Arrays.stream(javaClass.getInterfaceNames())
                .filter(PeriodicTasks.lifecycleInterfaces()::contains)
                .findFirst()
                .map(declared -> new LifecycleEnd(javaClass.getClassName(), CLOSE));
    }

    private static boolean isAnnotatedAsEnd(Method method) {
        for (AnnotationEntry annotation : method.getAnnotationEntries()) {
            String descriptor = annotation.getAnnotationType();
            String binaryName = TypeNames.fromInternal(descriptor.substring(1, descriptor.length() - 1));
            if (PeriodicTasks.lifecycleEndAnnotations().contains(TypeNames.simpleName(binaryName))) {
                return true;
            }
        }
        return false;
    }
}
