package io.github.leakhound.detectors.executor;

import edu.umd.cs.findbugs.ba.BasicBlock;
import edu.umd.cs.findbugs.ba.CFG;
import edu.umd.cs.findbugs.ba.CFGBuilderException;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.DataflowAnalysisException;
import edu.umd.cs.findbugs.ba.Edge;
import edu.umd.cs.findbugs.ba.Location;
import edu.umd.cs.findbugs.ba.ResourceTracker;
import edu.umd.cs.findbugs.ba.ResourceValueFrame;
import edu.umd.cs.findbugs.ba.ResourceValueFrameModelingVisitor;
import edu.umd.cs.findbugs.ba.vna.ValueNumber;
import edu.umd.cs.findbugs.ba.vna.ValueNumberDataflow;
import edu.umd.cs.findbugs.ba.vna.ValueNumberFrame;
import io.github.leakhound.core.OwnerKind;
import io.github.leakhound.core.TypeNames;
import io.github.leakhound.detectors.index.OwnerCalls;
import java.util.Optional;
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
 * Tells SpotBugs' {@code ResourceValueAnalysis} where thread owners are created and released in one method,
 * and which exception edges count: only those of method calls and explicit {@code throw}s, because the rule
 * ignores implicit exceptions (NullPointerException, ArrayIndexOutOfBounds, ArithmeticException, ClassCast)
 * and the calls javac adds for string concatenation.
 */
final class OwnerResourceTracker implements ResourceTracker<CreatedOwner> {

    private final ClassContext classContext;
    private final Method method;
    private final CFG cfg;
    private final OwnerCalls ownerCalls;

    OwnerResourceTracker(ClassContext classContext, Method method, CFG cfg, OwnerCalls ownerCalls) {
        this.classContext = classContext;
        this.method = method;
        this.cfg = cfg;
        this.ownerCalls = ownerCalls;
    }

    @Override
    public CreatedOwner isResourceCreation(BasicBlock basicBlock, InstructionHandle handle, ConstantPoolGen cpg)
            throws DataflowAnalysisException {
        Optional<InvokeInstruction> call = methodCall(handle.getInstruction());
        Optional<String> className = call.flatMap(invoke -> className(invoke, cpg));
        if (className.isEmpty()) {
            return null;
        }
        String methodName = call.get().getMethodName(cpg);
        Optional<OwnerKind> kind = ownerCalls.creationKind(className.get(), methodName);
        if (kind.isEmpty()) {
            return null;
        }
        Location location = new Location(handle, basicBlock);
        if (!"<init>".equals(methodName)) {
            String returned = TypeNames.simpleName(call.get().getReturnType(cpg).toString());
            return new CreatedOwner(location, kind.get(), returned, null);
        }
        ValueNumber initialised = constructedObject(location, call.get(), cpg);
        return initialised == null ? null
                : new CreatedOwner(location, kind.get(), TypeNames.simpleName(className.get()), initialised);
    }

    /**
     * The object a constructor call initialises, unless it is {@code this}: a subclass of an owner type calls
     * the owner's constructor on itself ({@code super(...)}), which creates nothing new.
     */
    private ValueNumber constructedObject(Location location, InvokeInstruction call, ConstantPoolGen cpg)
            throws DataflowAnalysisException {
        ValueNumberDataflow valueNumbers = valueNumbers();
        ValueNumberFrame before = valueNumbers.getFactAtLocation(location);
        if (!before.isValid()) {
            return null;
        }
        ValueNumber initialised = before.getInstance(call, cpg);
        return valueNumbers.getAnalysis().isThisValue(initialised) ? null : initialised;
    }

    @Override
    public boolean mightCloseResource(BasicBlock basicBlock, InstructionHandle handle, ConstantPoolGen cpg) {
        return releaseCall(handle.getInstruction(), cpg)
                .map(call -> ownerCalls.isAnyRelease(call.getMethodName(cpg)))
                .orElse(false);
    }

    @Override
    public boolean isResourceClose(BasicBlock basicBlock, InstructionHandle handle, ConstantPoolGen cpg,
            CreatedOwner owner, ResourceValueFrame frame) throws DataflowAnalysisException {
        Optional<InvokeInstruction> call = releaseCall(handle.getInstruction(), cpg)
                .filter(invoke -> ownerCalls.isRelease(owner.kind(), invoke.getMethodName(cpg)));
        return call.isPresent() && frame.isValid() && frame.getInstance(call.get(), cpg).isInstance();
    }

    /** A call that could release its receiver: an instance method without arguments. */
    private static Optional<InvokeInstruction> releaseCall(Instruction instruction, ConstantPoolGen cpg) {
        return methodCall(instruction)
                .filter(call -> !(call instanceof INVOKESTATIC))
                .filter(call -> call.getArgumentTypes(cpg).length == 0);
    }

    @Override
    public ResourceValueFrameModelingVisitor createVisitor(CreatedOwner owner, ConstantPoolGen cpg) {
        return new OwnerFrameModelingVisitor(cpg, this, owner, ownerCalls);
    }

    @Override
    public boolean ignoreImplicitExceptions(CreatedOwner owner) {
        // Decided per edge in ignoreExceptionEdge: SpotBugs' own notion of "implicit" would also drop the edges
        // of calls that declare no checked exception, and those calls can throw too.
        return false;
    }

    @Override
    public boolean ignoreExceptionEdge(Edge edge, CreatedOwner owner, ConstantPoolGen cpg) {
        Location thrower = cfg.getExceptionThrowerLocation(edge);
        if (thrower == null) {
            return false;
        }
        Instruction instruction = thrower.getHandle().getInstruction();
        if (instruction instanceof ATHROW) {
            return false;
        }
        Optional<InvokeInstruction> call = methodCall(instruction);
        return call.isEmpty() || call.flatMap(invoke -> className(invoke, cpg))
                .filter(className -> OwnerCalls.isStringConversion(className, call.get().getMethodName(cpg)))
                .isPresent();
    }

    @Override
    public boolean isParamInstance(CreatedOwner owner, int slot) {
        // Parameters are owned by the caller; only owners created in the method are tracked.
        return false;
    }

    ValueNumberDataflow valueNumbers() throws DataflowAnalysisException {
        try {
            return classContext.getValueNumberDataflow(method);
        } catch (CFGBuilderException e) {
            throw new DataflowAnalysisException("Cannot build the control flow graph of " + method, e);
        }
    }

    /**
     * A call of a method, as opposed to {@code invokedynamic}, which builds a lambda or concatenates strings:
     * neither is a method call in the source, and neither runs user code that could throw.
     */
    private static Optional<InvokeInstruction> methodCall(Instruction instruction) {
        return instruction instanceof InvokeInstruction call && !(instruction instanceof INVOKEDYNAMIC)
                ? Optional.of(call) : Optional.empty();
    }

    /** The binary name of the class a call names, or empty for a call on an array. */
    static Optional<String> className(InvokeInstruction call, ConstantPoolGen cpg) {
        ReferenceType type = call.getReferenceType(cpg);
        return type instanceof ObjectType object ? Optional.of(object.getClassName()) : Optional.empty();
    }
}
