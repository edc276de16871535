package io.github.leakhound.detectors.index;

import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.FirstPassDetector;
import edu.umd.cs.findbugs.OpcodeStack;
import edu.umd.cs.findbugs.ba.AnalysisContext;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.XField;
import edu.umd.cs.findbugs.ba.XMethod;
import edu.umd.cs.findbugs.bcel.OpcodeStackDetector;
import edu.umd.cs.findbugs.classfile.Global;
import edu.umd.cs.findbugs.visitclass.PreorderVisitor;
import io.github.leakhound.core.ThreadOwnerType;
import io.github.leakhound.core.ThreadOwners;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.LineNumberTable;
import org.apache.bcel.classfile.Method;

/**
 * First-pass fact collector (reports nothing): records, for every analysed class, its lifecycle end, the stores
 * of newly created thread owners into fields, and what each method does with values read from fields (calls of
 * releases, starts and cancels, escapes, null comparisons), into the run's {@link ProgramIndex}.
 *
 * <p>These are call-site facts, so an opcode scan suffices: SpotBugs' {@link OpcodeStack} remembers, for every
 * stack and local-variable value, the field it was read from and the method that returned it, including
 * through local copies ({@code ExecutorService p = pool; p.shutdown();}).
 */
public final class ProgramFactCollector extends OpcodeStackDetector implements FirstPassDetector {

    private final ProgramIndex index = new ProgramIndex();
    private final OwnerCalls ownerCalls = new OwnerCalls(ThreadOwners.defaults());
    /**
     * Local variables of the current method holding a copy of a field's value. OpcodeStack forgets where a
     * value came from once the field is assigned again, but {@code old = pool; pool = create(); old.shutdown()}
     * still releases the field's old value.
     */
    private final Map<Integer, FieldId> fieldCopies = new HashMap<>();

    public ProgramFactCollector(BugReporter bugReporter) {
        // The analysis cache lives exactly as long as one analysis run, which is the lifetime these facts need;
        // detectors are instantiated once per run and pass, before any class is visited.
        Global.getAnalysisCache().eagerlyPutDatabase(ProgramIndex.class, index);
    }

    @Override
    public void visitClassContext(ClassContext classContext) {
        // The first pass also visits library classes referenced by the application; only the analysed
        // program's own code counts as "anywhere in the analysed program".
        if (AnalysisContext.currentAnalysisContext().isApplicationClass(classContext.getClassDescriptor())) {
            LifecycleEnds.declaredBy(classContext.getJavaClass()).ifPresent(index::addLifecycleEnd);
            super.visitClassContext(classContext);
        }
    }

    @Override
    public void visitMethod(Method method) {
        fieldCopies.clear();
        super.visitMethod(method);
    }

    @Override
    public void sawOpcode(int seen) {
        switch (seen) {
            case Const.ASTORE, Const.ASTORE_0, Const.ASTORE_1, Const.ASTORE_2, Const.ASTORE_3 -> sawLocalStore();
            case Const.PUTFIELD, Const.PUTSTATIC -> sawFieldStore();
            case Const.ARETURN, Const.AASTORE -> recordFieldUse(stack.getStackItem(0), FieldUseKind.ESCAPE);
            case Const.INVOKEVIRTUAL, Const.INVOKEINTERFACE, Const.INVOKESPECIAL, Const.INVOKESTATIC -> sawCall(seen);
            case Const.INVOKEDYNAMIC -> sawDynamicCall();
            case Const.IFNULL, Const.IFNONNULL -> recordFieldUse(stack.getStackItem(0), FieldUseKind.NULL_COMPARISON);
            case Const.IF_ACMPEQ, Const.IF_ACMPNE -> sawReferenceComparison();
            default -> {
                // other instructions neither store, release, leak nor null-check a field's value
            }
        }
    }

    private void sawLocalStore() {
        XField source = stack.getStackItem(0).getXField();
        if (source == null) {
            fieldCopies.remove(getRegisterOperand());
        } else {
            fieldCopies.put(getRegisterOperand(), FieldId.of(source));
        }
    }

    private void sawFieldStore() {
        XField target = getXFieldOperand();
        OpcodeStack.Item value = stack.getStackItem(0);
        if (target == null) {
            return;
        }
        FieldId targetId = FieldId.of(target);
        createdType(value).ifPresent(type -> index.addStore(
                new OwnerStore(targetId, type, currentMethod(), getSourceFile(), currentLine(), getPC())));
        if (sourceField(value).filter(source -> !source.equals(targetId)).isPresent()) {
            recordFieldUse(value, FieldUseKind.ESCAPE);
        }
    }

    private void sawCall(int seen) {
        PassedValues.mayBeKept(this, stack, ownerCalls).forEach(value -> recordFieldUse(value, FieldUseKind.ESCAPE));
        String methodName = getNameConstantOperand();
        if (seen != Const.INVOKESTATIC && ownerCalls.isFieldCallOfInterest(methodName)) {
            int argumentCount = PreorderVisitor.getNumberArguments(getSigConstantOperand());
            recordFieldCall(stack.getStackItem(argumentCount), methodName);
        }
    }

    private void sawDynamicCall() {
        int capturedCount = PreorderVisitor.getNumberArguments(getSigConstantOperand());
        Optional<String> boundMethod = BoundMethodReference.methodName(getThisClass(), getConstantRefOperand());
        if (boundMethod.isPresent() && capturedCount == 1) {
            // pool::shutdown releases the field's value when it runs; pool::submit merely uses it.
            if (ownerCalls.isFieldCallOfInterest(boundMethod.get())) {
                recordFieldCall(stack.getStackItem(0), boundMethod.get());
            }
            return;
        }
        PassedValues.mayBeKept(this, stack, ownerCalls).forEach(value -> recordFieldUse(value, FieldUseKind.ESCAPE));
    }

    private void sawReferenceComparison() {
        OpcodeStack.Item right = stack.getStackItem(0);
        OpcodeStack.Item left = stack.getStackItem(1);
        if (right.isNull()) {
            recordFieldUse(left, FieldUseKind.NULL_COMPARISON);
        } else if (left.isNull()) {
            recordFieldUse(right, FieldUseKind.NULL_COMPARISON);
        }
    }

    private void recordFieldUse(OpcodeStack.Item value, FieldUseKind kind) {
        sourceField(value).ifPresent(field -> index.addUse(FieldUse.of(field, currentMethod(), kind, value.getPC())));
    }

    private void recordFieldCall(OpcodeStack.Item receiver, String methodName) {
        sourceField(receiver).ifPresent(
                field -> index.addUse(FieldUse.call(field, currentMethod(), methodName, receiver.getPC())));
    }

    /** The field a value was read from, directly or through a local copy. */
    private Optional<FieldId> sourceField(OpcodeStack.Item value) {
        XField field = value.getXField();
        if (field != null) {
            return Optional.of(FieldId.of(field));
        }
        return Optional.ofNullable(fieldCopies.get(value.getRegisterNumber()));
    }

    private Optional<ThreadOwnerType> createdType(OpcodeStack.Item value) {
        XMethod producer = value.getReturnValueOf();
        return producer == null ? Optional.empty()
                : ownerCalls.createdType(producer.getClassName(), producer.getName(), producer.getSignature());
    }

    private MethodId currentMethod() {
        return new MethodId(getDottedClassName(), getMethodName(), getMethodSig(), getMethod().isStatic());
    }

    private int currentLine() {
        LineNumberTable lines = getCode().getLineNumberTable();
        return lines == null ? -1 : lines.getSourceLine(getPC());
    }

    @Override
    public void report() {
        // Facts only; the field judges report in the next pass.
    }
}
