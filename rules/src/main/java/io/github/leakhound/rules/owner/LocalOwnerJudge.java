package io.github.leakhound.rules.owner;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.TryStmt;
import io.github.leakhound.core.ThreadOwnerType;
import io.github.leakhound.rules.owner.LocalLeak.Reason;
import io.github.leakhound.rules.resolve.FileScope;
import io.github.leakhound.rules.resolve.OwnerCreations.Creation;
import io.github.leakhound.rules.resolve.Resolution;
import io.github.leakhound.rules.resolve.ValueUse;
import java.util.Optional;
import java.util.Set;

/**
 * Judges one creating expression inside code: what happens to the new owner right away (kept in a local,
 * handed on, used without a variable, lent to a borrower, dropped), and for a local variable whether it is
 * handed on anywhere or released on every path. An owner that needs starting ({@code javax.swing.Timer})
 * counts only once the same code starts it.
 */
final class LocalOwnerJudge {

    private final FileScope file;
    private final LocalEscapes escapes;

    LocalOwnerJudge(FileScope file) {
        this.file = file;
        this.escapes = new LocalEscapes(file);
    }

    /** Empty when the owner created by {@code expression} is released on every path or handed on. */
    Optional<LocalLeak> leak(Expression expression, Creation creation) {
        ThreadOwnerType type = creation.type();
        ValueUse use = ValueUse.of(expression);
        if (use instanceof ValueUse.CallOn on) {
            String method = on.call().getNameAsString();
            boolean ownsThreads = !type.needsStart() || type.startMethods().contains(method);
            return type.releaseMethods().contains(method) || !ownsThreads ? Optional.empty()
                    : Optional.of(LocalLeak.withoutVariable(Reason.USED_WITHOUT_VARIABLE, method));
        }
        if (type.needsStart() && !(use instanceof ValueUse.Initialises || use instanceof ValueUse.AssignedTo)) {
            // Not started here, so it owns nothing yet; whoever receives it and starts it is judged there.
            return Optional.empty();
        }
        if (use instanceof ValueUse.Argument argument) {
            return escapes.borrowerOf(argument.call())
                    .map(borrower -> LocalLeak.withoutVariable(Reason.LENT_TO_BORROWER, borrower));
        }
        if (use instanceof ValueUse.Discarded) {
            return Optional.of(LocalLeak.withoutVariable(Reason.DISCARDED, ""));
        }
        if (use instanceof ValueUse.Initialises init) {
            return keptIn(init.variable(), type);
        }
        if (use instanceof ValueUse.AssignedTo assigned && assigned.target() instanceof NameExpr name
                && file.names().resolve(name.getNameAsString(), name) instanceof Resolution.Local local) {
            return keptInLocal(local.declaration(), local.scope(), name.getNameAsString(), assigned.target(), type);
        }
        // Returned, stored in a field or array, passed to a constructor or method, captured: handed on.
        return Optional.empty();
    }

    private Optional<LocalLeak> keptIn(VariableDeclarator variable, ThreadOwnerType type) {
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
        return keptInLocal(variable, scope, variable.getNameAsString(), variable, type);
    }

    private Optional<LocalLeak> keptInLocal(Node declaration, Node scope, String name, Node store,
            ThreadOwnerType type) {
        if (type.needsStart() && !isCalled(declaration, scope, name, type.startMethods())) {
            return Optional.empty();
        }
        if (escapes.escapes(declaration, scope, name)) {
            return Optional.empty();
        }
        Optional<Statement> statement = enclosingStatement(store);
        if (statement.isEmpty() || !(statement.get() instanceof ExpressionStmt)) {
            // Stored inside a condition or a for header: too unusual to follow precisely.
            return Optional.empty();
        }
        ReleasePaths paths = new ReleasePaths(name, type);
        Optional<LocalLeak> leak = paths.leakAfter(statement.get());
        if (leak.isPresent() && !hasRelease(declaration, scope, name, type)) {
            return Optional.of(LocalLeak.ofVariable(Reason.NEVER_RELEASED, name, 0));
        }
        return leak;
    }

    /** True when the scope releases the variable somewhere: a release call, or {@code try (v)}. */
    private boolean hasRelease(Node declaration, Node scope, String name, ThreadOwnerType type) {
        return isCalled(declaration, scope, name, type.releaseMethods())
                || escapes.readsOf(declaration, scope, name).stream()
                        .anyMatch(read -> ValueUse.of(read) instanceof ValueUse.Resource);
    }

    /** True when the scope calls one of {@code methods} on the variable somewhere. */
    private boolean isCalled(Node declaration, Node scope, String name, Set<String> methods) {
        return escapes.readsOf(declaration, scope, name).stream()
                .map(ValueUse::of)
                .anyMatch(use -> use instanceof ValueUse.CallOn on && methods.contains(on.call().getNameAsString()));
    }

    private static Optional<Statement> enclosingStatement(Node node) {
        Optional<Node> current = node.getParentNode();
        while (current.isPresent() && !(current.get() instanceof Statement)) {
            current = current.get().getParentNode();
        }
        return current.map(Statement.class::cast);
    }
}
