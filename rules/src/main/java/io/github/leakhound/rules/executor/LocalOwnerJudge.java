package io.github.leakhound.rules.executor;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.TryStmt;
import io.github.leakhound.core.TypeNames;
import io.github.leakhound.rules.executor.LocalLeak.Reason;
import io.github.leakhound.rules.resolve.ExpressionTypes;
import io.github.leakhound.rules.resolve.FileScope;
import io.github.leakhound.rules.resolve.OwnerCreations.Creation;
import io.github.leakhound.rules.resolve.Resolution;
import io.github.leakhound.rules.resolve.ValueUse;
import java.util.Optional;

/**
 * Judges one creating expression inside code: what happens to the new owner right away (kept in a local,
 * handed on, used without a variable, lent to a borrower, dropped), and for a local variable whether it is
 * handed on anywhere or released on every path.
 */
final class LocalOwnerJudge {

    private final FileScope file;

    LocalOwnerJudge(FileScope file) {
        this.file = file;
    }

    /** Empty when the owner created by {@code expression} is released on every path or handed on. */
    Optional<LocalLeak> leak(Expression expression, Creation creation) {
        ValueUse use = ValueUse.of(expression);
        if (use instanceof ValueUse.CallOn on) {
            String method = on.call().getNameAsString();
            return file.owners().isRelease(creation.kind(), method) ? Optional.empty()
                    : Optional.of(LocalLeak.withoutVariable(Reason.USED_WITHOUT_VARIABLE, method));
        }
        if (use instanceof ValueUse.Argument argument) {
            return borrowerOf(argument.call())
                    .map(borrower -> LocalLeak.withoutVariable(Reason.LENT_TO_BORROWER, borrower));
        }
        if (use instanceof ValueUse.Discarded) {
            return Optional.of(LocalLeak.withoutVariable(Reason.DISCARDED, ""));
        }
        if (use instanceof ValueUse.Initialises init) {
            return keptIn(init.variable(), creation);
        }
        if (use instanceof ValueUse.AssignedTo assigned && assigned.target() instanceof NameExpr name
                && file.names().resolve(name.getNameAsString(), name) instanceof Resolution.Local local) {
            return keptInLocal(local.declaration(), local.scope(), name.getNameAsString(), assigned.target(),
                    creation);
        }
        // Returned, stored in a field or array, passed to a constructor or method, captured: handed on.
        return Optional.empty();
    }

    private Optional<LocalLeak> keptIn(VariableDeclarator variable, Creation creation) {
        Node declaration = variable.getParentNode().orElse(null);
        if (declaration instanceof FieldDeclaration) {
            return Optional.empty();
        }
        Node holder = declaration == null ? null : declaration.getParentNode().orElse(null);
        if (holder instanceof TryStmt) {
            return Optional.empty();
        }
        Node scope = holder == null ? null : holder.getParentNode().orElse(null);
        if (!(holder instanceof ExpressionStmt) || !(scope instanceof BlockStmt || scope instanceof SwitchEntry)) {
            // Declared in a for header or another unusual place: too unusual to judge precisely.
            return Optional.empty();
        }
        return keptInLocal(variable, scope, variable.getNameAsString(), variable, creation);
    }

    private Optional<LocalLeak> keptInLocal(Node declaration, Node scope, String name, Node store,
            Creation creation) {
        if (isHandedOn(declaration, scope, name)) {
            return Optional.empty();
        }
        Optional<Statement> statement = enclosingStatement(store);
        if (statement.isEmpty() || !(statement.get() instanceof ExpressionStmt)) {
            // Stored inside a condition or a for header: too unusual to follow precisely.
            return Optional.empty();
        }
        ReleasePaths paths = new ReleasePaths(name, creation.kind(), file.owners());
        Optional<LocalLeak> leak = paths.leakAfter(statement.get());
        if (leak.isPresent() && !hasRelease(scope, declaration, name, creation)) {
            return Optional.of(LocalLeak.ofVariable(Reason.NEVER_RELEASED, name, 0));
        }
        return leak;
    }

    /**
     * True when the variable's value leaves the method anywhere in its scope, on any path: returned, stored
     * in a field, array or another variable, passed to a constructor or a non-borrowing method, or captured
     * by a lambda, method reference or local or anonymous class.
     */
    private boolean isHandedOn(Node declaration, Node scope, String name) {
        for (NameExpr read : scope.findAll(NameExpr.class, candidate -> candidate.getNameAsString().equals(name))) {
            if (!refersTo(read, declaration)) {
                continue;
            }
            if (ValueUse.isCapturedWithin(read, scope)) {
                return true;
            }
            ValueUse use = ValueUse.of(read);
            if (use instanceof ValueUse.Returned || use instanceof ValueUse.ConstructorArgument
                    || use instanceof ValueUse.ArrayElement || use instanceof ValueUse.MethodReference
                    || use instanceof ValueUse.Initialises) {
                return true;
            }
            if (use instanceof ValueUse.Argument argument && borrowerOf(argument.call()).isEmpty()) {
                return true;
            }
            // Guess: a copy into another local is followed no further; it may be released or handed on there.
            if (use instanceof ValueUse.AssignedTo) {
                return true;
            }
        }
        return scope.findAll(MethodReferenceExpr.class).stream()
                .anyMatch(reference -> ExpressionTypes.receiverName(reference).filter(name::equals).isPresent()
                        && file.names().resolve(name, reference) instanceof Resolution.Local local
                        && local.declaration() == declaration);
    }

    private boolean refersTo(NameExpr read, Node declaration) {
        return file.names().resolve(read.getNameAsString(), read) instanceof Resolution.Local local
                && local.declaration() == declaration;
    }

    /** True when the scope releases the variable somewhere: a release call, or {@code try (v)}. */
    private boolean hasRelease(Node scope, Node declaration, String name, Creation creation) {
        return scope.findAll(NameExpr.class, read -> read.getNameAsString().equals(name)).stream()
                .filter(read -> refersTo(read, declaration))
                .map(ValueUse::of)
                .anyMatch(use -> use instanceof ValueUse.Resource || use instanceof ValueUse.CallOn on
                        && file.owners().isRelease(creation.kind(), on.call().getNameAsString()));
    }

    private static Optional<Statement> enclosingStatement(Node node) {
        Optional<Node> current = node.getParentNode();
        while (current.isPresent() && !(current.get() instanceof Statement)) {
            current = current.get().getParentNode();
        }
        return current.map(Statement.class::cast);
    }

    /** The borrowing library method a call is, as {@code Class.method}, when it is one. */
    private Optional<String> borrowerOf(MethodCallExpr call) {
        String method = call.getNameAsString();
        return file.types().declaringClassOf(call)
                .filter(owner -> file.owners().isBorrower(owner, method))
                .map(owner -> TypeNames.simpleName(owner) + "." + method);
    }
}
