package io.github.leakhound.detectors.index;

import io.github.leakhound.core.OwnerKind;
import io.github.leakhound.core.ThreadOwners;
import java.util.Optional;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantCP;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.JavaClass;

/**
 * The thread-owner vocabulary of {@link ThreadOwners}, asked the way bytecode names calls: a declaring class
 * in binary form and a method name, {@code <init>} for constructors.
 */
public final class OwnerCalls {

    private static final String CONSTRUCTOR = "<init>";

    private final ThreadOwners owners;

    public OwnerCalls(ThreadOwners owners) {
        this.owners = owners;
    }

    /** The kind of owner that a call creates: a factory such as {@code Executors.new*} or an owner's constructor. */
    public Optional<OwnerKind> creationKind(String className, String methodName) {
        return CONSTRUCTOR.equals(methodName) ? owners.constructed(className) : owners.createdBy(className, methodName);
    }

    /** True when a no-argument call named {@code methodName} releases an owner of {@code kind}. */
    public boolean isRelease(OwnerKind kind, String methodName) {
        return owners.isRelease(kind, methodName);
    }

    /** True when {@code methodName} releases an owner of any kind. */
    public boolean isAnyRelease(String methodName) {
        return owners.allReleaseMethods().contains(methodName);
    }

    /**
     * True when passing an owner to this call leaves the caller owning it. Constructors never borrow: an
     * object built around an owner (a wrapper, a scheduler, an HTTP client) takes it over.
     */
    public boolean borrows(String className, String methodName) {
        return !CONSTRUCTOR.equals(methodName) && owners.isBorrower(className, methodName);
    }

    /**
     * True when the class's constant pool refers to any call that creates an owner. It is a cheap test that
     * spares the expensive per-method analyses for the many classes that never create one.
     */
    public boolean mayCreateOwner(JavaClass javaClass) {
        ConstantPool pool = javaClass.getConstantPool();
        for (Constant constant : pool.getConstantPool()) {
            if ((constant instanceof ConstantCP call) && constant.getTag() != Const.CONSTANT_Fieldref
                    && constant.getTag() != Const.CONSTANT_InvokeDynamic && constant.getTag() != Const.CONSTANT_Dynamic) {
                String className = call.getClass(pool);
                ConstantNameAndType nameAndType = pool.getConstant(call.getNameAndTypeIndex(), ConstantNameAndType.class);
                if (creationKind(className, nameAndType.getName(pool)).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True for the calls javac emits to concatenate strings ({@code String.valueOf} before an
     * {@code invokedynamic} since JDK 19, {@code StringBuilder} before JDK 9). The source shows no call there,
     * so the rule does not count them as calls that could throw.
     */
    public static boolean isStringConversion(String className, String methodName) {
        return "java.lang.String".equals(className) && "valueOf".equals(methodName)
                || "java.lang.StringBuilder".equals(className)
                        && ("<init>".equals(methodName) || "append".equals(methodName) || "toString".equals(methodName));
    }

    /**
     * True for the {@code invokedynamic} that javac emits for string concatenation: an owner appended to a
     * string is only formatted, never kept.
     */
    public static boolean isStringConcatenation(String dynamicMethodName) {
        return "makeConcatWithConstants".equals(dynamicMethodName) || "makeConcat".equals(dynamicMethodName);
    }
}
