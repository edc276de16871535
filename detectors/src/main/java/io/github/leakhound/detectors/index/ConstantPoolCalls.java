package io.github.leakhound.detectors.index;

import java.util.function.BiPredicate;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantCP;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.JavaClass;

/**
 * Reads the methods a class calls from its constant pool. It is a cheap test that spares the expensive
 * per-method analyses for the many classes that never make the calls a rule is about.
 */
public final class ConstantPoolCalls {

    private ConstantPoolCalls() {
    }

    /**
     * True when the class refers to a method for which {@code call} holds, given the declaring class in binary
     * form and the method name ({@code <init>} for constructors).
     */
    public static boolean anyMatch(JavaClass javaClass, BiPredicate<String, String> call) {
        ConstantPool pool = javaClass.getConstantPool();
        for (Constant constant : pool.getConstantPool()) {
            if (constant instanceof ConstantCP method && isMethodReference(constant)) {
                ConstantNameAndType nameAndType = pool.getConstant(method.getNameAndTypeIndex(), ConstantNameAndType.class);
                if (call.test(method.getClass(pool), nameAndType.getName(pool))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isMethodReference(Constant constant) {
        return constant.getTag() == Const.CONSTANT_Methodref || constant.getTag() == Const.CONSTANT_InterfaceMethodref;
    }
}
