package io.github.leakhound.rules.timer;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import io.github.leakhound.core.PeriodicTasks;
import io.github.leakhound.rules.index.FieldRef;
import io.github.leakhound.rules.index.FieldReferences;
import io.github.leakhound.rules.index.Members;
import io.github.leakhound.rules.index.PeriodicTask;
import io.github.leakhound.rules.index.PeriodicTask.FutureFate;
import io.github.leakhound.rules.owner.LocalEscapes;
import io.github.leakhound.rules.resolve.FileScope;
import io.github.leakhound.rules.resolve.Positions;
import io.github.leakhound.rules.resolve.Resolution;
import io.github.leakhound.rules.resolve.ValueUse;
import io.github.leakhound.rules.timer.SchedulerReceivers.Receiver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first pass of the periodic-task rule over one file: every {@code scheduleAtFixedRate} and
 * {@code scheduleWithFixedDelay} on a scheduled executor that, as far as this file tells, the calling class does
 * not own, in a class with a lifecycle end, whose {@code ScheduledFuture} is dropped, kept in a local that is
 * neither cancelled nor handed on, or stored in a field (judged once the whole program is known).
 */
public final class PeriodicTaskCollector {

    /** Receivers are shown in messages as written; a longer expression is cut. */
    private static final int MAX_RECEIVER_LENGTH = 60;

    private final FileScope file;
    private final SchedulerReceivers receivers;
    private final LifecycleEnds lifecycleEnds;
    private final LocalEscapes escapes;
    private final FieldReferences fields;
    private final Members members;

    private PeriodicTaskCollector(FileScope file) {
        this.file = file;
        this.receivers = new SchedulerReceivers(file);
        this.lifecycleEnds = new LifecycleEnds(file);
        this.escapes = new LocalEscapes(file);
        this.fields = new FieldReferences(file);
        this.members = new Members(file);
    }

    /** The periodic tasks of one parsed file that the whole-program judge must look at. */
    public static List<PeriodicTask> collect(FileScope file) {
        PeriodicTaskCollector collector = new PeriodicTaskCollector(file);
        List<PeriodicTask> tasks = new ArrayList<>();
        for (MethodCallExpr call : file.unit().findAll(MethodCallExpr.class)) {
            collector.task(call).ifPresent(tasks::add);
        }
        return tasks;
    }

    private Optional<PeriodicTask> task(MethodCallExpr call) {
        if (!receivers.isPeriodicScheduling(call)) {
            return Optional.empty();
        }
        Expression scheduler = call.getScope().orElseThrow();
        Receiver receiver = receivers.classify(scheduler);
        if (receiver instanceof SchedulerReceivers.OwnedOrUnknown) {
            return Optional.empty();
        }
        Optional<String> lifecycleEnd = lifecycleEnds.around(call);
        if (lifecycleEnd.isEmpty()) {
            return Optional.empty();
        }
        Optional<FieldRef> schedulerField = receiver instanceof SchedulerReceivers.ClassField field
                ? Optional.of(field.field()) : Optional.empty();
        return fate(call).map(fate -> new PeriodicTask(members.of(call).id(), Positions.line(call),
                Positions.column(call), shown(scheduler), schedulerField, fate, lifecycleEnd.get()));
    }

    /** What becomes of the future; empty when it is cancelled or handed on right here. */
    private Optional<FutureFate> fate(MethodCallExpr call) {
        ValueUse use = ValueUse.of(call);
        if (use instanceof ValueUse.Discarded) {
            return Optional.of(new PeriodicTask.Dropped());
        }
        if (use instanceof ValueUse.CallOn on) {
            return isCancel(on.call()) ? Optional.empty() : Optional.of(new PeriodicTask.Dropped());
        }
        if (use instanceof ValueUse.Argument argument) {
            // Lent to a logger or println: used, not kept. Any other method may keep it.
            return escapes.borrowerOf(argument.call()).map(borrower -> new PeriodicTask.Dropped());
        }
        if (use instanceof ValueUse.Initialises init) {
            return initialises(init.variable());
        }
        if (use instanceof ValueUse.AssignedTo assigned) {
            return assignedTo(assigned.target());
        }
        // Returned, passed to a constructor, put in an array: handed on.
        return Optional.empty();
    }

    private Optional<FutureFate> initialises(VariableDeclarator variable) {
        Node declaration = variable.getParentNode().orElse(null);
        if (declaration instanceof FieldDeclaration field) {
            Optional<String> owner = field.getParentNode().flatMap(file.typeNaming()::nameOf);
            return owner.map(name -> new PeriodicTask.StoredInField(FieldRef.of(name, variable.getNameAsString())));
        }
        Node holder = declaration == null ? null : declaration.getParentNode().orElse(null);
        Node scope = holder == null ? null : holder.getParentNode().orElse(null);
        if (!(holder instanceof ExpressionStmt) || !(scope instanceof BlockStmt || scope instanceof SwitchEntry)) {
            // Declared in a for header or another unusual place: too unusual to judge precisely.
            return Optional.empty();
        }
        return keptInLocal(variable, scope, variable.getNameAsString());
    }

    private Optional<FutureFate> assignedTo(Expression target) {
        if (target instanceof NameExpr name
                && file.names().resolve(name.getNameAsString(), name) instanceof Resolution.Local local) {
            return keptInLocal(local.declaration(), local.scope(), name.getNameAsString());
        }
        return fields.of(target).map(PeriodicTask.StoredInField::new);
    }

    private Optional<FutureFate> keptInLocal(Node declaration, Node scope, String name) {
        boolean cancelled = escapes.readsOf(declaration, scope, name).stream()
                .anyMatch(read -> ValueUse.of(read) instanceof ValueUse.CallOn on && isCancel(on.call()));
        if (cancelled || escapes.escapes(declaration, scope, name)) {
            return Optional.empty();
        }
        return Optional.of(new PeriodicTask.KeptInLocal(name));
    }

    private static boolean isCancel(MethodCallExpr call) {
        return call.getNameAsString().equals(PeriodicTasks.cancelMethod());
    }

    private static String shown(Expression scheduler) {
        String written = scheduler.toString().replaceAll("\\s+", " ");
        return written.length() <= MAX_RECEIVER_LENGTH ? written : written.substring(0, MAX_RECEIVER_LENGTH) + "...";
    }
}
