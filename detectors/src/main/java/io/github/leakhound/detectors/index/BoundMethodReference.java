package io.github.leakhound.detectors.index;

import java.util.Optional;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Attribute;
import org.apache.bcel.classfile.BootstrapMethod;
import org.apache.bcel.classfile.BootstrapMethods;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantCP;
import org.apache.bcel.classfile.ConstantInvokeDynamic;
import org.apache.bcel.classfile.ConstantMethodHandle;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.JavaClass;

/**
 * Reads an {@code invokedynamic} call site to tell a method reference bound to a receiver
 * ({@code pool::shutdown}, {@code pool::submit}) from a lambda, whose body javac compiles to a synthetic
 * {@code lambda$...} method. A bound method reference only calls a method on its receiver later; a lambda may
 * do anything with what it captures.
 */
final class BoundMethodReference {

    private static final int IMPLEMENTATION_ARGUMENT = 1;

    private BoundMethodReference() {
    }

    /** The name of the method a bound method reference calls on its receiver, if the call site is one. */
    static Optional<String> methodName(JavaClass javaClass, Constant callSite) {
        if (!(callSite instanceof ConstantInvokeDynamic dynamic)) {
            return Optional.empty();
        }
        ConstantPool pool = javaClass.getConstantPool();
        return bootstrapMethod(javaClass, dynamic.getBootstrapMethodAttrIndex())
                .filter(bootstrap -> bootstrap.getBootstrapArguments().length > IMPLEMENTATION_ARGUMENT)
                .map(bootstrap -> pool.getConstant(bootstrap.getBootstrapArguments()[IMPLEMENTATION_ARGUMENT]))
                .filter(ConstantMethodHandle.class::isInstance)
                .map(ConstantMethodHandle.class::cast)
                .filter(handle -> handle.getReferenceKind() == Const.REF_invokeVirtual
                        || handle.getReferenceKind() == Const.REF_invokeInterface)
                .map(handle -> pool.getConstant(handle.getReferenceIndex(), ConstantCP.class))
                .map(method -> pool.getConstant(method.getNameAndTypeIndex(), ConstantNameAndType.class).getName(pool))
                .filter(name -> !name.startsWith("lambda$"));
    }

    private static Optional<BootstrapMethod> bootstrapMethod(JavaClass javaClass, int index) {
        for (Attribute attribute : javaClass.getAttributes()) {
            if (attribute instanceof BootstrapMethods methods && index < methods.getBootstrapMethods().length) {
                return Optional.of(methods.getBootstrapMethods()[index]);
            }
        }
        return Optional.empty();
    }
}
