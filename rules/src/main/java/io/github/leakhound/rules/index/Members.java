package io.github.leakhound.rules.index;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.LambdaExpr;
import io.github.leakhound.rules.resolve.FileScope;
import io.github.leakhound.rules.resolve.Positions;
import io.github.leakhound.rules.resolve.TypeNaming;
import java.util.Optional;

/** Finds the code unit (method, constructor, initializer, field initializer or lambda) a node belongs to. */
public final class Members {

    private static final String CONSTRUCTOR = "<init>";
    private static final String STATIC_INITIALIZER = "<clinit>";

    private final FileScope file;

    public Members(FileScope file) {
        this.file = file;
    }

    /**
     * The unit {@code node} belongs to. A lambda body is a unit of its own, as it is in bytecode: code in it
     * runs when the lambda runs, not when the member around it does.
     */
    public Member of(Node node) {
        Node lambda = null;
        Node child = node;
        Optional<Node> parent = node.getParentNode();
        while (parent.isPresent()) {
            Node candidate = parent.get();
            if (TypeNaming.isClassBodyOf(candidate, child)) {
                break;
            }
            if (candidate instanceof LambdaExpr && lambda == null) {
                lambda = candidate;
            }
            Optional<Member> named = named(candidate, child, lambda);
            if (named.isPresent()) {
                return named.get();
            }
            child = candidate;
            parent = candidate.getParentNode();
        }
        Node unit = lambda != null ? lambda : child;
        return member(unit, "", MemberKind.METHOD);
    }

    private Optional<Member> named(Node candidate, Node child, Node lambda) {
        String name;
        MemberKind kind;
        if (candidate instanceof MethodDeclaration method) {
            name = method.getNameAsString();
            kind = MemberKind.METHOD;
        } else if (candidate instanceof ConstructorDeclaration || candidate instanceof CompactConstructorDeclaration) {
            name = CONSTRUCTOR;
            kind = MemberKind.CONSTRUCTOR;
        } else if (candidate instanceof InitializerDeclaration initializer) {
            name = initializer.isStatic() ? STATIC_INITIALIZER : CONSTRUCTOR;
            kind = MemberKind.INITIALIZER;
        } else if (candidate instanceof VariableDeclarator variable
                && variable.getParentNode().orElse(null) instanceof FieldDeclaration) {
            name = variable.getNameAsString();
            kind = MemberKind.INLINE_INITIALIZER;
        } else if (candidate instanceof EnumConstantDeclaration && !TypeNaming.isClassBodyOf(candidate, child)) {
            name = STATIC_INITIALIZER;
            kind = MemberKind.INITIALIZER;
        } else {
            return Optional.empty();
        }
        if (lambda != null) {
            return Optional.of(member(lambda, name, MemberKind.METHOD));
        }
        return Optional.of(member(candidate, name, kind));
    }

    private Member member(Node unit, String name, MemberKind kind) {
        MemberId id = new MemberId(file.sourcePath(), file.typeNaming().enclosingTypeName(unit), name,
                Positions.line(unit), Positions.column(unit));
        return new Member(id, kind);
    }
}
