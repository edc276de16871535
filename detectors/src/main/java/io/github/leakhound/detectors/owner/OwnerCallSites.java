package io.github.leakhound.detectors.owner;

import edu.umd.cs.findbugs.ba.CFG;
import edu.umd.cs.findbugs.ba.CFGBuilderException;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.DataflowAnalysisException;
import edu.umd.cs.findbugs.ba.Edge;
import edu.umd.cs.findbugs.ba.Location;
import edu.umd.cs.findbugs.ba.vna.ValueNumber;
import edu.umd.cs.findbugs.ba.vna.ValueNumberDataflow;
import edu.umd.cs.findbugs.ba.vna.ValueNumberFrame;
import io.github.leakhound.core.ThreadOwnerType;
import io.github.leakhound.detectors.index.OwnerCalls;
import java.util.Optional;
import java.util.Set;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ATHROW;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.ObjectType;
import org.apache.bcel.generic.ReferenceType;

/**
 * The instructions of one method that matter to a thread owner: where one is created, where it is released,
 * and which exception edges count. Only the edges of method calls and explicit {@code throw}s count: the rule
 * ignores implicit exceptions (NullPointerException, ArrayIndexOutOfBounds, ArithmeticException, ClassCast)
 * and the calls javac adds for string concatenation.
 */
final class OwnerCallSites {

    private final ClassContext classContext;
    private final Method method;
    private final CFG cfg;
    private final ConstantPoolGen cpg;
    private final OwnerCalls ownerCalls;

    OwnerCallSites(ClassContext classContext, Method method, CFG cfg, OwnerCalls ownerCalls) {
        this.classContext = classContext;
        this.method = method;
        this.cfg = cfg;
        this.cpg = classContext.getConstantPoolGen();
        this.ownerCalls = ownerCalls;
    }

    ConstantPoolGen cpg() {
        return cpg;
    }

    OwnerCalls ownerCalls() {
        return ownerCalls;
    }

    /** The owner created by the instruction at {@code location}, if it creates one. */
    Optional<CreatedOwner> creationAt(Location location) throws DataflowAnalysisException {
        Optional<InvokeInstruction> call = methodCall(location.getHandle().getInstruction());
        Optional<String> className = call.flatMap(this::className);
        if (className.isEmpty()) {
            return Optional.empty();
        }
        String methodName = call.get().getMethodName(cpg);
        Optional<ThreadOwnerType> type = ownerCalls.createdType(className.get(), methodName, call.get().getSignature(cpg));
        if (type.isEmpty()) {
            return Optional.empty();
        }
        if (!"<init>".equals(methodName)) {
            return Optional.of(new CreatedOwner(location, type.get(), null));
        }
        return constructedObject(location, call.get()).map(object -> new CreatedOwner(location, type.get(), object));
    }

    /**
     * The object a constructor call initialises, unless it is {@code this}: a subclass of an owner type calls
     * the owner's constructor on itself ({@code super(...)}), which creates nothing new.
     */
    private Optional<ValueNumber> constructedObject(Location location, InvokeInstruction call)
            throws DataflowAnalysisException {
        ValueNumberDataflow valueNumbers = valueNumbers();
        ValueNumberFrame before = valueNumbers.getFactAtLocation(location);
        if (!before.isValid()) {
            return Optional.empty();
        }
        ValueNumber initialised = before.getInstance(call, cpg);
        return valueNumbers.getAnalysis().isThisValue(initialised) ? Optional.empty() : Optional.of(initialised);
    }

    /** True when the instruction releases the owner: a release method of its type called on it. */
    boolean releases(CreatedOwner owner, InstructionHandle handle, OwnerFrame before) throws DataflowAnalysisException {
        return isCallOnOwner(handle, before, owner.type().releaseMethods());
    }

    /** True when the instruction starts the owner: a start method of its type ({@code start()} of a Swing timer). */
    boolean starts(CreatedOwner owner, InstructionHandle handle, OwnerFrame before) throws DataflowAnalysisException {
        return isCallOnOwner(handle, before, owner.type().startMethods());
    }

    /** True when the instruction calls one of {@code methods}, without arguments, on the tracked owner. */
    private boolean isCallOnOwner(InstructionHandle handle, OwnerFrame before, Set<String> methods)
            throws DataflowAnalysisException {
        Optional<InvokeInstruction> call = methodCall(handle.getInstruction())
                .filter(invoke -> !(invoke instanceof INVOKESTATIC))
                .filter(invoke -> invoke.getArgumentTypes(cpg).length == 0)
                .filter(invoke -> methods.contains(invoke.getMethodName(cpg)));
        return call.isPresent() && before.isValid()
                && before.getInstance(call.get(), cpg) == SlotValue.TRACKED_OWNER;
    }

    /** True when an exception along this edge could leave the owner behind. */
    boolean countsExceptionEdge(Edge edge) {
        Location thrower = cfg.getExceptionThrowerLocation(edge);
        if (thrower == null) {
            return true;
        }
        Instruction instruction = thrower.getHandle().getInstruction();
        if (instruction instanceof ATHROW) {
            return true;
        }
        Optional<InvokeInstruction> call = methodCall(instruction);
        return call.isPresent() && call.flatMap(this::className)
                .filter(className -> OwnerCalls.isStringConversion(className, call.get().getMethodName(cpg)))
                .isEmpty();
    }

    ValueNumberDataflow valueNumbers() throws DataflowAnalysisException {
        try {
            return classContext.getValueNumberDataflow(method);
        } catch (CFGBuilderException e) {
            throw new DataflowAnalysisException("Cannot build the control flow graph of " + method, e);
        }
    }

    /** The binary name of the class a call names, or empty for a call on an array. */
    Optional<String> className(InvokeInstruction call) {
        ReferenceType type = call.getReferenceType(cpg);
        return type instanceof ObjectType object ? Optional.of(object.getClassName()) : Optional.empty();
    }

    /**
     * A call of a method, as opposed to {@code invokedynamic}, which builds a lambda or concatenates strings:
     * neither is a method call in the source, and neither runs user code that could throw.
     */
    private static Optional<InvokeInstruction> methodCall(Instruction instruction) {
        return instruction instanceof InvokeInstruction call && !(instruction instanceof INVOKEDYNAMIC)
                ? Optional.of(call) : Optional.empty();
    }
}
