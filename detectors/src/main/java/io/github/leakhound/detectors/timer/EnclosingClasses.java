package io.github.leakhound.detectors.timer;

import io.github.leakhound.detectors.index.LifecycleEnd;
import io.github.leakhound.detectors.index.ProgramIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The chain of classes around some code: its own class, then each class it is nested in, out to the top-level
 * class. javac names a nested, local or anonymous class after the class around it ({@code Outer$Inner},
 * {@code Outer$1}), and compiles lambda bodies into the class that contains them.
 */
final class EnclosingClasses {

    private EnclosingClasses() {
    }

    /** The binary names of the class and of the classes around it, innermost first. */
    static List<String> of(String className) {
        List<String> chain = new ArrayList<>();
        String name = className;
        chain.add(name);
        int nested = name.lastIndexOf('$');
        while (nested > name.lastIndexOf('.') + 1) {
            name = name.substring(0, nested);
            chain.add(name);
            nested = name.lastIndexOf('$');
        }
        return chain;
    }

    /** The lifecycle end of the innermost class of the chain that declares one. */
    static Optional<LifecycleEnd> lifecycleEnd(ProgramIndex index, String className) {
        return of(className).stream().map(index::lifecycleEndOf).flatMap(Optional::stream).findFirst();
    }
}
