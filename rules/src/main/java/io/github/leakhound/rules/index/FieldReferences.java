package io.github.leakhound.rules.index;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import io.github.leakhound.rules.resolve.FileScope;
import io.github.leakhound.rules.resolve.Resolution;
import java.util.Optional;

/**
 * Tells which field an expression of one file names: {@code pool}, {@code this.pool}, {@code Outer.this.pool},
 * {@code Holder.POOL} or {@code worker.pool}, with the declaring class when the file tells it.
 */
public final class FieldReferences {

    private final FileScope file;

    public FieldReferences(FileScope file) {
        this.file = file;
    }

    /** The field an expression reads or writes, if it names one. */
    public Optional<FieldRef> of(Expression expression) {
        if (expression instanceof NameExpr name) {
            return ofName(name.getNameAsString(), name);
        }
        if (expression instanceof FieldAccessExpr access) {
            return ofAccess(access);
        }
        return Optional.empty();
    }

    /**
     * The field a simple name used at {@code use} denotes. Guess: a name that resolves to nothing in this file
     * and is not taken for a type is an inherited field, matched later by its name only.
     */
    public Optional<FieldRef> ofName(String name, Node use) {
        Resolution resolution = file.names().resolve(name, use);
        if (resolution instanceof Resolution.Field field) {
            return Optional.of(FieldRef.of(field.declaringType(), field.name()));
        }
        if (resolution instanceof Resolution.Unknown && !file.types().denotesType(name)) {
            return Optional.of(FieldRef.byName(name));
        }
        return Optional.empty();
    }

    private Optional<FieldRef> ofAccess(FieldAccessExpr access) {
        if (file.types().typeReference(access).isPresent()) {
            return Optional.empty();
        }
        String name = access.getNameAsString();
        Expression scope = access.getScope();
        if (scope instanceof ThisExpr self) {
            Optional<String> owner = self.getTypeName().isPresent()
                    ? outerClassNamed(access, self.getTypeName().get().getIdentifier())
                    : Optional.of(file.typeNaming().enclosingTypeName(access));
            return Optional.of(new FieldRef(owner, name));
        }
        if (scope instanceof SuperExpr) {
            return Optional.of(FieldRef.byName(name));
        }
        Optional<String> owner = file.types().typeReference(scope).or(() -> file.types().typeOf(scope));
        return Optional.of(new FieldRef(owner, name));
    }

    private Optional<String> outerClassNamed(Node use, String simpleName) {
        Optional<Node> body = file.typeNaming().enclosingClassBody(use);
        while (body.isPresent()) {
            if (body.get() instanceof TypeDeclaration<?> type && type.getNameAsString().equals(simpleName)) {
                return file.typeNaming().nameOf(type);
            }
            body = file.typeNaming().enclosingClassBody(body.get());
        }
        return Optional.empty();
    }
}
