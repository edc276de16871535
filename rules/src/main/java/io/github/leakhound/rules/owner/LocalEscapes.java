package io.github.leakhound.rules.owner;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import io.github.leakhound.core.TypeNames;
import io.github.leakhound.rules.resolve.ExpressionTypes;
import io.github.leakhound.rules.resolve.FileScope;
import io.github.leakhound.rules.resolve.Resolution;
import io.github.leakhound.rules.resolve.ValueUse;
import java.util.List;
import java.util.Optional;

/**
 * Follows the value of one local variable through the code that can see it: where it is read, and whether it
 * leaves that code (returned, stored in a field, array or another variable, passed to a constructor or to a
 * method that is not a known borrower, or captured by a lambda, method reference or local or anonymous class).
 * A thread owner that leaves is handed on; so is a periodic task's future.
 */
public final class LocalEscapes {

    private final FileScope file;

    public LocalEscapes(FileScope file) {
        this.file = file;
    }

    /** The reads of the variable declared by {@code declaration} within {@code scope}, in textual order. */
    public List<NameExpr> readsOf(Node declaration, Node scope, String name) {
        return scope.findAll(NameExpr.class, read -> read.getNameAsString().equals(name)).stream()
                .filter(read -> refersTo(read, declaration))
                .toList();
    }

    /** True when the variable's value leaves {@code scope} anywhere, on any path. */
    public boolean escapes(Node declaration, Node scope, String name) {
        for (NameExpr read : readsOf(declaration, scope, name)) {
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
        // The parser gives the receiver of `pool::submit` as a type expression, which findAll above skips.
        return scope.findAll(MethodReferenceExpr.class).stream()
                .anyMatch(reference -> ExpressionTypes.receiverName(reference).filter(name::equals).isPresent()
                        && file.names().resolve(name, reference) instanceof Resolution.Local local
                        && local.declaration() == declaration);
    }

    /** The borrowing library method a call is, as {@code Class.method}, when it is one. */
    public Optional<String> borrowerOf(MethodCallExpr call) {
        String method = call.getNameAsString();
        return file.types().declaringClassOf(call)
                .filter(owner -> file.owners().isBorrower(owner, method))
                .map(owner -> TypeNames.simpleName(owner) + "." + method);
    }

    private boolean refersTo(NameExpr read, Node declaration) {
        return file.names().resolve(read.getNameAsString(), read) instanceof Resolution.Local local
                && local.declaration() == declaration;
    }
}
