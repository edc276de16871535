package io.github.leakhound.detectors.timer;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.LocalVariableAnnotation;
import edu.umd.cs.findbugs.OpcodeStack;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.XField;
import edu.umd.cs.findbugs.bcel.OpcodeStackDetector;
import edu.umd.cs.findbugs.visitclass.PreorderVisitor;
import io.github.leakhound.core.PeriodicTasks;
import io.github.leakhound.core.Rule;
import io.github.leakhound.core.ThreadOwners;
import io.github.leakhound.detectors.index.ConstantPoolCalls;
import io.github.leakhound.detectors.index.FieldId;
import io.github.leakhound.detectors.index.FieldUseKind;
import io.github.leakhound.detectors.index.LifecycleEnd;
import io.github.leakhound.detectors.index.OwnerCalls;
import io.github.leakhound.detectors.index.PassedValues;
import io.github.leakhound.detectors.index.ProgramIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.Method;

/**
 * Reports LEAK_PERIODIC_TASK_NOT_CANCELLED: {@code scheduleAtFixedRate}/{@code scheduleWithFixedDelay} on an
 * executor the calling class does not own, in a class with a lifecycle end, whose {@code ScheduledFuture} is
 * dropped, kept in a local that is neither cancelled nor handed on, or stored in fields that nothing in the
 * analysed program cancels or hands on.
 *
 * <p>The future is followed through the opcode stack: the value each periodic call returns is tagged, and the
 * tag travels with it through local variables; a map of the locals that hold a future keeps track of it where
 * the opcode stack forgets values (the head of a loop).
 */
@OpcodeStack.CustomUserValue
public final class PeriodicTaskNotCancelledDetector extends OpcodeStackDetector {

    private static final Rule RULE = Rule.LEAK_PERIODIC_TASK_NOT_CANCELLED;
    private static final Set<String> CANCEL = Set.of(PeriodicTasks.cancelMethod());

    private final BugReporter bugReporter;
    private final OwnerCalls ownerCalls = new OwnerCalls(ThreadOwners.defaults());
    private final List<ScheduledTask> tasks = new ArrayList<>();
    private final Map<Integer, ScheduledTask> futureLocals = new HashMap<>();
    private ProgramIndex index;
    private SchedulerReceivers receivers;
    private LifecycleEnd lifecycleEnd;
    private ScheduledTask justScheduled;

    public PeriodicTaskNotCancelledDetector(BugReporter bugReporter) {
        this.bugReporter = bugReporter;
    }

    @Override
    public void visitClassContext(ClassContext classContext) {
        Optional<ProgramIndex> facts = ProgramIndex.ofCurrentRun();
        if (facts.isEmpty() || !ConstantPoolCalls.anyMatch(classContext.getJavaClass(), this::isPeriodicScheduling)) {
            return;
        }
        // Without a lifecycle end around it, a task that runs as long as the executor is what the class wants.
        Optional<LifecycleEnd> end = EnclosingClasses.lifecycleEnd(facts.get(), classContext.getJavaClass().getClassName());
        if (end.isPresent()) {
            index = facts.get();
            receivers = new SchedulerReceivers(index, ownerCalls);
            lifecycleEnd = end.get();
            super.visitClassContext(classContext);
        }
    }

    @Override
    public void visitMethod(Method method) {
        tasks.clear();
        futureLocals.clear();
        justScheduled = null;
        super.visitMethod(method);
    }

    @Override
    public void sawOpcode(int seen) {
        switch (seen) {
            case Const.INVOKEVIRTUAL, Const.INVOKEINTERFACE, Const.INVOKESPECIAL, Const.INVOKESTATIC -> sawCall(seen);
            case Const.INVOKEDYNAMIC -> handOnWhatMayBeKept();
            case Const.ASTORE, Const.ASTORE_0, Const.ASTORE_1, Const.ASTORE_2, Const.ASTORE_3 -> sawLocalStore();
            case Const.PUTFIELD, Const.PUTSTATIC -> sawFieldStore();
            case Const.ARETURN, Const.AASTORE -> taskOf(stack.getStackItem(0)).ifPresent(ScheduledTask::handOn);
            default -> {
                // A dropped future needs no event: a task nothing happens to is reported.
            }
        }
    }

    @Override
    public void afterOpcode(int seen) {
        super.afterOpcode(seen);
        if (justScheduled != null && stack.getStackDepth() > 0) {
            stack.getStackItem(0).setUserValue(justScheduled);
        }
        justScheduled = null;
    }

    @Override
    public void visitAfter(Code code) {
        for (ScheduledTask task : tasks) {
            whyNeverCancelled(task).ifPresent(why -> bugReporter.reportBug(bugAt(task, why)));
        }
        super.visitAfter(code);
    }

    private void sawCall(int seen) {
        handOnWhatMayBeKept();
        if (seen == Const.INVOKESTATIC) {
            return;
        }
        String className = getDottedClassConstantOperand();
        String methodName = getNameConstantOperand();
        OpcodeStack.Item receiver = stack.getStackItem(PreorderVisitor.getNumberArguments(getSigConstantOperand()));
        if (CANCEL.contains(methodName)) {
            taskOf(receiver).ifPresent(ScheduledTask::cancel);
        }
        if (isPeriodicScheduling(className, methodName)) {
            receivers.borrowed(receiver, this).ifPresent(shown -> {
                justScheduled = new ScheduledTask(SourceLineAnnotation.fromVisitedInstruction(this), shown);
                tasks.add(justScheduled);
            });
        }
    }

    /** A future passed to a method that may keep it, or captured by a lambda, may be cancelled by other code. */
    private void handOnWhatMayBeKept() {
        for (OpcodeStack.Item value : PassedValues.mayBeKept(this, stack, ownerCalls)) {
            taskOf(value).ifPresent(ScheduledTask::handOn);
        }
    }

    private void sawLocalStore() {
        int register = getRegisterOperand();
        Optional<ScheduledTask> task = taskOf(stack.getStackItem(0));
        if (task.isEmpty()) {
            futureLocals.remove(register);
            return;
        }
        futureLocals.put(register, task.get());
        LocalVariableAnnotation variable =
                LocalVariableAnnotation.getLocalVariableAnnotation(getMethod(), register, getPC(), getNextPC());
        if (variable.isNamed()) {
            task.get().keepIn(variable.getName());
        }
    }

    private void sawFieldStore() {
        Optional<ScheduledTask> task = taskOf(stack.getStackItem(0));
        XField field = getXFieldOperand();
        if (task.isPresent() && field == null) {
            // A field SpotBugs cannot resolve: what becomes of it is not known.
            task.get().handOn();
        } else {
            task.ifPresent(stored -> stored.storeIn(FieldId.of(field)));
        }
    }

    /** The periodic task whose future the value is, if it is one. */
    private Optional<ScheduledTask> taskOf(OpcodeStack.Item value) {
        if (value.getUserValue() instanceof ScheduledTask task) {
            return Optional.of(task);
        }
        return Optional.ofNullable(futureLocals.get(value.getRegisterNumber()));
    }

    private boolean isPeriodicScheduling(String className, String methodName) {
        return PeriodicTasks.schedulerTypes().contains(className) && PeriodicTasks.isPeriodic(methodName);
    }

    /** Why the task is never cancelled, as a finding says it; empty when it is, or may be, cancelled. */
    private Optional<String> whyNeverCancelled(ScheduledTask task) {
        if (task.isCancelledOrHandedOn()) {
            return Optional.empty();
        }
        List<FieldId> fields = task.fields();
        if (!fields.isEmpty()) {
            boolean cancelledElsewhere = fields.stream().anyMatch(
                    field -> index.isCalledAnywhere(field, CANCEL) || index.isUsedAnywhere(field, FieldUseKind.ESCAPE));
            return cancelledElsewhere ? Optional.empty() : Optional.of(
                    "nothing in the analysed program cancels the ScheduledFuture kept in field `" + fields.get(0).name() + "`");
        }
        return Optional.of(task.localVariable()
                .map(variable -> "its ScheduledFuture `" + variable + "` is neither cancelled nor kept")
                .orElse("the ScheduledFuture it returns is dropped"));
    }

    /**
     * Annotations, in order: the class {@code {0}}, the method {@code {1}}, the executor {@code {2}}, why the
     * task is never cancelled {@code {3}}, the lifecycle end {@code {4}}, the fix {@code {5}}, the line {@code {6}}.
     */
    private BugInstance bugAt(ScheduledTask task, String why) {
        String end = lifecycleEnd.call();
        String fix = task.fields().isEmpty() ? "Keep the ScheduledFuture in a field and cancel it in " + end + "."
                : "Cancel `" + task.fields().get(0).name() + "` in " + end + ".";
        return new BugInstance(this, RULE.id(), RULE.severity().spotBugsPriority())
                .addClassAndMethod(this)
                .addString(task.receiver())
                .addString(why)
                .addString(end)
                .addString(fix)
                .addSourceLine(task.line());
    }

    @Override
    public void report() {
        // Reported per method as each class is visited.
    }
}
