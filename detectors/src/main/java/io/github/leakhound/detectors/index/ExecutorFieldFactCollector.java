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
import io.github.leakhound.core.OwnerKind;
import io.github.leakhound.core.ThreadOwners;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.LineNumberTable;
import org.apache.bcel.classfile.Method;

/**
 * First-pass fact collector (reports nothing): records, for every analysed class, the stores of newly created
 * thread owners into fields and what each method does with values read from fields (release, escape, null
 * comparison), into the run's {@link ExecutorFieldIndex}.
 *
 * <p>These are call-site facts, so an opcode scan suffices: SpotBugs' {@link OpcodeStack} remembers, for every
 * stack and local-variable value, the field it was read from and the method that returned it, including
 * through local copies ({@code ExecutorService p = pool; p.shutdown();}).
 */
public final class ExecutorFieldFactCollector extends OpcodeStackDetector implements FirstPassDetector {

    private final ExecutorFieldIndex index = new ExecutorFieldIndex();
    private final OwnerCalls ownerCalls = new OwnerCalls(ThreadOwners.defaults());
    /**
     * Local variables of the current method holding a copy of a field's value. OpcodeStack forgets where a
     * value came from once the field is assigned again, but {@code old = pool; pool = create(); old.shutdown()}
     * still releases the field's old value.
     */
    private final Map<Integer, FieldId> fieldCopies = new HashMap<>();

    public ExecutorFieldFactCollector(BugReporter bugReporter) {
        // The analysis cache lives exactly as long as one analysis run, which is the lifetime these facts need;
        // detectors are instantiated once per run and pass, before any class is visited.
        Global.getAnalysisCache().eagerlyPutDatabase(ExecutorFieldIndex.class, index);
    }

    @Override
    public void visitClassContext(ClassContext classContext) {
        // The first pass also visits library classes referenced by the application; only the analysed
        // program's own code counts as "anywhere in the analysed program".
        if (AnalysisContext.currentAnalysisContext().isApplicationClass(classContext.getClassDescriptor())) {
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
        createdKind(value).ifPresent(kind -> index.addStore(
                new OwnerStore(targetId, kind, currentMethod(), getSourceFile(), currentLine(), getPC())));
        if (sourceField(value).filter(source -> !source.equals(targetId)).isPresent()) {
            recordFieldUse(value, FieldUseKind.ESCAPE);
        }
    }

    private void sawCall(int seen) {
        String className = getDottedClassConstantOperand();
        String methodName = getNameConstantOperand();
        int argumentCount = PreorderVisitor.getNumberArguments(getSigConstantOperand());
        if (!ownerCalls.borrows(className, methodName)) {
            for (int argument = 0; argument < argumentCount; argument++) {
                recordFieldUse(stack.getStackItem(argument), FieldUseKind.ESCAPE);
            }
        }
        if (seen != Const.INVOKESTATIC && argumentCount == 0 && ownerCalls.isAnyRelease(methodName)) {
            recordFieldUse(stack.getStackItem(argumentCount), FieldUseKind.RELEASE);
        }
    }

    private void sawDynamicCall() {
        if (OwnerCalls.isStringConcatenation(getNameConstantOperand())) {
            return;
        }
        int capturedCount = PreorderVisitor.getNumberArguments(getSigConstantOperand());
        Optional<String> boundMethod = BoundMethodReference.methodName(getThisClass(), getConstantRefOperand());
        if (boundMethod.isPresent() && capturedCount == 1) {
            // pool::shutdown releases the field's value when it runs; pool::submit merely uses it.
            if (ownerCalls.isAnyRelease(boundMethod.get())) {
                recordFieldUse(stack.getStackItem(0), FieldUseKind.RELEASE);
            }
            return;
        }
        for (int captured = 0; captured < capturedCount; captured++) {
            recordFieldUse(stack.getStackItem(captured), FieldUseKind.ESCAPE);
        }
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
        sourceField(value).ifPresent(field -> index.addUse(new FieldUse(field, currentMethod(), kind, value.getPC())));
    }

    /** The field a value was read from, directly or through a local copy. */
    private Optional<FieldId> sourceField(OpcodeStack.Item value) {
        XField field = value.getXField();
        if (field != null) {
            return Optional.of(FieldId.of(field));
        }
        return Optional.ofNullable(fieldCopies.get(value.getRegisterNumber()));
    }

    private Optional<OwnerKind> createdKind(OpcodeStack.Item value) {
        XMethod producer = value.getReturnValueOf();
        return producer == null ? Optional.empty() : ownerCalls.creationKind(producer.getClassName(), producer.getName());
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
