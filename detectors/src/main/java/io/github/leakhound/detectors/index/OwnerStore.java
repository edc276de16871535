package io.github.leakhound.detectors.index;

import io.github.leakhound.core.OwnerKind;

/**
 * A store of a newly created thread owner into a field, directly or through a local variable.
 *
 * @param field      the field written
 * @param kind       the kind of owner stored
 * @param method     the method holding the store
 * @param sourceFile the source file name of the method's class, as the class file records it
 * @param line       the line of the store, or -1 when the class has no line numbers
 * @param pc         the bytecode offset of the store
 */
public record OwnerStore(FieldId field, OwnerKind kind, MethodId method, String sourceFile, int line, int pc) {

    /** True when the store runs while the object (or, for static fields, the class) is being initialised. */
    public boolean inInitializer() {
        return method.isInitializer();
    }
}
