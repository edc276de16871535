package io.github.leakhound.detectors.index;

import io.github.leakhound.core.OwnerKind;
import io.github.leakhound.core.ThreadOwnerType;

/**
 * A store of a newly created thread owner into a field, directly or through a local variable.
 *
 * @param field      the field written
 * @param owner      the type of owner stored: what releases it, whether it must be started first
 * @param method     the method holding the store
 * @param sourceFile the source file name of the method's class, as the class file records it
 * @param line       the line of the store, or -1 when the class has no line numbers
 * @param pc         the bytecode offset of the store
 */
public record OwnerStore(FieldId field, ThreadOwnerType owner, MethodId method, String sourceFile, int line, int pc) {

    /** The kind of owner stored, which decides the rules that judge the field. */
    public OwnerKind kind() {
        return owner.kind();
    }

    /** True when the store runs while the object (or, for static fields, the class) is being initialised. */
    public boolean inInitializer() {
        return method.isInitializer();
    }

    /** True when the code of the field's own class, or of a class nested in it, makes the store. */
    public boolean isMadeByTheFieldsClass() {
        String storingClass = method.className();
        return storingClass.equals(field.className()) || storingClass.startsWith(field.className() + "$");
    }
}
