package io.github.leakhound.detectors.timer;

import edu.umd.cs.findbugs.LocalVariableAnnotation;
import edu.umd.cs.findbugs.OpcodeStack;
import edu.umd.cs.findbugs.ba.XField;
import edu.umd.cs.findbugs.ba.XMethod;
import edu.umd.cs.findbugs.visitclass.DismantleBytecode;
import io.github.leakhound.core.OwnerKind;
import io.github.leakhound.core.TypeNames;
import io.github.leakhound.detectors.index.FieldId;
import io.github.leakhound.detectors.index.OwnerCalls;
import io.github.leakhound.detectors.index.ProgramIndex;
import java.util.Optional;
import org.apache.bcel.classfile.Method;

/**
 * Tells, at a periodic scheduling call, whether the calling class owns the executor the call is made on.
 * Borrowed: a parameter; a field of the class (or of a class around it) to which that class never assigns a
 * newly created executor (injected, or never assigned); a static field of another class; the result of a method
 * call that is not an owner factory. Owned, which is the executor rules' business: created in the method, or a
 * field the class gives a new executor. Anything else (a field of another object, a lambda's captured value)
 * is not known, and unknown stays silent.
 */
final class SchedulerReceivers {

    private static final String CONSTRUCTOR = "<init>";

    private final ProgramIndex index;
    private final OwnerCalls ownerCalls;

    SchedulerReceivers(ProgramIndex index, OwnerCalls ownerCalls) {
        this.index = index;
        this.ownerCalls = ownerCalls;
    }

    /**
     * The executor as messages show it, when the calling class does not own it; empty when it does, or when
     * that is not known.
     *
     * @param receiver the stack item the call is made on
     * @param code     the scan positioned at the call
     */
    Optional<String> borrowed(OpcodeStack.Item receiver, DismantleBytecode code) {
        XField field = receiver.getXField();
        if (field != null) {
            return ofField(field, code.getDottedClassName());
        }
        if (isDeclaredParameter(receiver, code.getMethod())) {
            return Optional.of(parameterName(receiver, code));
        }
        XMethod producer = receiver.getReturnValueOf();
        if (producer == null || CONSTRUCTOR.equals(producer.getName())
                || ownerCalls.creationKind(producer.getClassName(), producer.getName()).isPresent()) {
            return Optional.empty();
        }
        String call = producer.getName() + "()";
        return Optional.of(producer.isStatic() ? TypeNames.simpleName(producer.getClassName()) + "." + call : call);
    }

    private Optional<String> ofField(XField field, String callingClass) {
        if (EnclosingClasses.of(callingClass).contains(field.getClassName())) {
            return index.isGivenNewOwnerByItsClass(FieldId.of(field), OwnerKind.EXECUTOR)
                    ? Optional.empty() : Optional.of(field.getName());
        }
        // A shared static scheduler of another class is borrowed; who owns another object's field is not known.
        return field.isStatic()
                ? Optional.of(TypeNames.simpleName(field.getClassName()) + "." + field.getName()) : Optional.empty();
    }

    /**
     * A parameter the method's callers pass, not {@code this}, and not a lambda body's: javac passes a lambda
     * the values it captures as leading parameters, and those may be executors the enclosing method created.
     */
    private static boolean isDeclaredParameter(OpcodeStack.Item receiver, Method method) {
        return receiver.isInitialParameter() && !method.isSynthetic()
                && (method.isStatic() || receiver.getRegisterNumber() != 0);
    }

    private static String parameterName(OpcodeStack.Item receiver, DismantleBytecode code) {
        LocalVariableAnnotation parameter = LocalVariableAnnotation.getLocalVariableAnnotation(code.getMethod(),
                receiver.getRegisterNumber(), code.getPC(), code.getPC());
        return parameter.isNamed() ? parameter.getName() : "a parameter";
    }
}
