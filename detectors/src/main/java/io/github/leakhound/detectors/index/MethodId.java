package io.github.leakhound.detectors.index;

import edu.umd.cs.findbugs.MethodAnnotation;

/**
 * A method of the analysed program.
 *
 * @param className binary name of the declaring class
 * @param name      the method name ({@code <init>} for constructors, {@code <clinit>} for static initialisers)
 * @param signature the method descriptor
 * @param isStatic  true for a static method
 */
public record MethodId(String className, String name, String signature, boolean isStatic) {

    /**
     * True for constructors and static initialisers, which also hold the code of inline field initializers
     * and instance initialiser blocks.
     */
    public boolean isInitializer() {
        return "<init>".equals(name) || "<clinit>".equals(name);
    }

    /** The SpotBugs annotation that names this method in a bug report. */
    public MethodAnnotation toAnnotation() {
        return new MethodAnnotation(className, name, signature, isStatic);
    }
}
