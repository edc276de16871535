package io.github.leakhound.rules.timer;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import io.github.leakhound.core.PeriodicTasks;
import io.github.leakhound.rules.index.FieldRef;
import io.github.leakhound.rules.index.FieldReferences;
import io.github.leakhound.rules.resolve.ExpressionTypes;
import io.github.leakhound.rules.resolve.FileScope;
import io.github.leakhound.rules.resolve.Resolution;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the receiver of a periodic scheduling call: whether it is a scheduled executor at all, and whether the
 * calling class owns it, as far as one file tells. Borrowed: a parameter, a static field of another class, the
 * result of a method call that is not an owner factory. Owned, which is the executor rules' business: created
 * here. A field of the calling class is judged once the whole program is known. Anything else is unknown, and
 * unknown stays silent.
 */
final class SchedulerReceivers {

    /** How far a chain of local copies ({@code var s = scheduler;}) is followed to the receiver's source. */
    private static final int MAX_COPIES = 3;
    /** Arguments of {@code ScheduledExecutorService.scheduleAtFixedRate}: task, delay, period, unit. */
    private static final int PERIODIC_ARGUMENTS = 4;

    /** What the calling class has to do with the executor. */
    sealed interface Receiver {
    }

    /** The executor comes from elsewhere: the class does not own it. */
    record Borrowed() implements Receiver {
    }

    /** A field of the calling class or of a class around it; owned when that class gives it a new executor. */
    record ClassField(FieldRef field) implements Receiver {
    }

    /** Created by this code, or not known: silent. */
    record OwnedOrUnknown() implements Receiver {
    }

    private final FileScope file;
    private final FieldReferences fields;

    SchedulerReceivers(FileScope file) {
        this.file = file;
        this.fields = new FieldReferences(file);
    }

    /**
     * True when {@code call} is {@code scheduleAtFixedRate}/{@code scheduleWithFixedDelay} on a scheduled executor.
     * Guess, when the receiver's type cannot be told here (a method result, another class's field): the
     * executor's four-argument form, which {@code java.util.Timer}'s three-argument methods of the same names
     * are not.
     */
    boolean isPeriodicScheduling(MethodCallExpr call) {
        if (!PeriodicTasks.isPeriodic(call.getNameAsString()) || call.getScope().isEmpty()) {
            return false;
        }
        Optional<String> type = typeOf(call.getScope().get());
        return type.isPresent() ? PeriodicTasks.schedulerTypes().contains(type.get())
                : call.getArguments().size() == PERIODIC_ARGUMENTS;
    }

    /** What the calling class has to do with the executor {@code receiver} denotes. */
    Receiver classify(Expression receiver) {
        return classify(receiver, 0);
    }

    private Optional<String> typeOf(Expression receiver) {
        Expression value = ExpressionTypes.unwrapParentheses(receiver);
        if (value instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr self
                && self.getTypeName().isEmpty()) {
            return file.types().fieldTypeInEnclosingClass(access, access.getNameAsString());
        }
        return file.types().typeOf(value);
    }

    private Receiver classify(Expression receiver, int copies) {
        Expression value = unwrap(receiver);
        if (value instanceof ObjectCreationExpr) {
            return new OwnedOrUnknown();
        }
        if (value instanceof MethodCallExpr) {
            return file.creations().creation(value).isPresent() ? new OwnedOrUnknown() : new Borrowed();
        }
        if (value instanceof NameExpr name) {
            return ofName(name, copies);
        }
        if (value instanceof FieldAccessExpr access) {
            return ofFieldAccess(access);
        }
        return new OwnedOrUnknown();
    }

    private Receiver ofName(NameExpr name, int copies) {
        Resolution resolution = file.names().resolve(name.getNameAsString(), name);
        if (resolution instanceof Resolution.Local local) {
            return ofLocal(local, name.getNameAsString(), copies);
        }
        if (resolution instanceof Resolution.Field) {
            return fields.of(name).<Receiver>map(ClassField::new).orElseGet(OwnedOrUnknown::new);
        }
        // `import static com.acme.Schedulers.SHARED;`: a static field of another class. Otherwise an inherited
        // field, whose class this file cannot see.
        return file.imports().staticImportOf(name.getNameAsString()).isPresent() ? new Borrowed()
                : new OwnedOrUnknown();
    }

    private Receiver ofLocal(Resolution.Local local, String name, int copies) {
        Node declaration = local.declaration();
        if (declaration instanceof Parameter parameter) {
            // A record component read in the compact constructor is that constructor's parameter.
            Node callable = parameter.getParentNode().orElse(null);
            boolean received = callable instanceof CallableDeclaration<?> || callable instanceof LambdaExpr
                    || local.scope() instanceof CompactConstructorDeclaration;
            return received ? new Borrowed() : new OwnedOrUnknown();
        }
        if (declaration instanceof VariableDeclarator variable && copies < MAX_COPIES
                && variable.getInitializer().isPresent() && !isReassigned(local, name)) {
            return classify(variable.getInitializer().get(), copies + 1);
        }
        return new OwnedOrUnknown();
    }

    private boolean isReassigned(Resolution.Local local, String name) {
        return local.scope().findAll(AssignExpr.class).stream()
                .map(AssignExpr::getTarget)
                .anyMatch(target -> target instanceof NameExpr written && written.getNameAsString().equals(name)
                        && file.names().resolve(name, written) instanceof Resolution.Local other
                        && other.declaration() == local.declaration());
    }

    private Receiver ofFieldAccess(FieldAccessExpr access) {
        Optional<FieldRef> field = fields.of(access);
        if (field.isEmpty()) {
            return new OwnedOrUnknown();
        }
        if (access.getScope() instanceof ThisExpr) {
            return new ClassField(field.get());
        }
        Optional<String> staticOwner = file.types().typeReference(access.getScope());
        if (staticOwner.isEmpty()) {
            // A field of another object (`config.scheduler`): who owns that executor is not known here.
            return new OwnedOrUnknown();
        }
        return enclosingClasses(access).contains(staticOwner.get()) ? new ClassField(field.get()) : new Borrowed();
    }

    private Set<String> enclosingClasses(Node use) {
        Set<String> names = new HashSet<>();
        Optional<Node> body = file.typeNaming().enclosingClassBody(use);
        while (body.isPresent()) {
            file.typeNaming().nameOf(body.get()).ifPresent(names::add);
            body = file.typeNaming().enclosingClassBody(body.get());
        }
        return names;
    }

    private static Expression unwrap(Expression expression) {
        Expression value = ExpressionTypes.unwrapParentheses(expression);
        while (value instanceof CastExpr cast) {
            value = ExpressionTypes.unwrapParentheses(cast.getExpression());
        }
        return value;
    }
}
