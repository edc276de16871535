package io.github.leakhound.rules.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnknownType;
import com.github.javaparser.ast.type.VarType;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a simple name at its place in one file by walking outwards through the scopes as javac does:
 * locals declared earlier in enclosing blocks, parameters, then fields of each enclosing class body (and the
 * locals of the method around a local or anonymous class). Inherited fields are invisible here without the
 * superclass: those names come back {@link Resolution.Unknown}.
 */
public final class NameResolver {

    private final TypeNaming typeNaming;
    private final Map<Node, Map<String, VariableDeclarator>> localsByBlock = new IdentityHashMap<>();
    private final Map<Node, Map<String, TypePatternExpr>> patternsByCallable = new IdentityHashMap<>();

    public NameResolver(TypeNaming typeNaming) {
        this.typeNaming = typeNaming;
    }

    /** What {@code name}, used at {@code use}, denotes. */
    public Resolution resolve(String name, Node use) {
        Node child = use;
        Optional<Node> parent = use.getParentNode();
        while (parent.isPresent()) {
            Optional<Resolution> found = declaredIn(parent.get(), child, name, use);
            if (found.isPresent()) {
                return found.get();
            }
            child = parent.get();
            parent = child.getParentNode();
        }
        return new Resolution.Unknown(name);
    }

    private Optional<Resolution> declaredIn(Node parent, Node child, String name, Node use) {
        if (parent instanceof BlockStmt block) {
            return localBefore(block, block.getStatements(), name, use);
        }
        if (parent instanceof SwitchEntry entry) {
            return localBefore(entry, entry.getStatements(), name, use);
        }
        if (parent instanceof ForStmt loop) {
            return inDeclarations(loop.getInitialization(), name, loop);
        }
        if (parent instanceof ForEachStmt loop) {
            return inDeclarations(NodeList.nodeList(loop.getVariable()), name, loop);
        }
        if (parent instanceof TryStmt attempt) {
            return inDeclarations(attempt.getResources(), name, attempt);
        }
        if (parent instanceof CatchClause clause) {
            return parameter(clause.getParameter(), name, clause);
        }
        if (parent instanceof LambdaExpr lambda) {
            return parameterIn(lambda.getParameters(), name, lambda).or(() -> pattern(lambda, name));
        }
        if (parent instanceof CompactConstructorDeclaration compact) {
            Optional<Resolution> component = compact.getParentNode()
                    .filter(RecordDeclaration.class::isInstance)
                    .flatMap(record -> parameterIn(((RecordDeclaration) record).getParameters(), name, compact));
            return component.or(() -> pattern(compact, name));
        }
        if (parent instanceof CallableDeclaration<?> callable) {
            return parameterIn(callable.getParameters(), name, callable).or(() -> pattern(callable, name));
        }
        if (TypeNaming.isClassBodyOf(parent, child)) {
            return fieldOf(parent, name);
        }
        return Optional.empty();
    }

    private Optional<Resolution> localBefore(Node block, List<Statement> statements, String name, Node use) {
        VariableDeclarator declarator = localsByBlock
                .computeIfAbsent(block, key -> localsDeclaredIn(statements))
                .get(name);
        if (declarator == null || !Positions.before(declarator, use)) {
            return Optional.empty();
        }
        return Optional.of(local(declarator, block));
    }

    private static Map<String, VariableDeclarator> localsDeclaredIn(List<Statement> statements) {
        Map<String, VariableDeclarator> locals = new HashMap<>();
        for (Statement statement : statements) {
            if (statement instanceof ExpressionStmt expression
                    && expression.getExpression() instanceof VariableDeclarationExpr declaration) {
                declaration.getVariables().forEach(v -> locals.putIfAbsent(v.getNameAsString(), v));
            }
        }
        return locals;
    }

    private static Optional<Resolution> inDeclarations(List<Expression> expressions, String name, Node scope) {
        for (Expression expression : expressions) {
            if (expression instanceof VariableDeclarationExpr declaration) {
                for (VariableDeclarator variable : declaration.getVariables()) {
                    if (variable.getNameAsString().equals(name)) {
                        return Optional.of(local(variable, scope));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Resolution> parameterIn(List<Parameter> parameters, String name, Node scope) {
        return parameters.stream()
                .filter(p -> p.getNameAsString().equals(name))
                .findFirst()
                .flatMap(p -> parameter(p, name, scope));
    }

    private static Optional<Resolution> parameter(Parameter parameter, String name, Node scope) {
        if (!parameter.getNameAsString().equals(name)) {
            return Optional.empty();
        }
        return Optional.of(new Resolution.Local(parameter, scope, written(parameter.getType())));
    }

    /**
     * Pattern variables ({@code o instanceof Foo f}) have flow-dependent scopes; guess: one declared anywhere
     * in the same method or lambda is the variable meant.
     */
    private Optional<Resolution> pattern(Node callable, String name) {
        Map<String, TypePatternExpr> patterns = patternsByCallable.computeIfAbsent(callable, key -> {
            Map<String, TypePatternExpr> found = new HashMap<>();
            key.findAll(TypePatternExpr.class).forEach(p -> found.putIfAbsent(p.getNameAsString(), p));
            return found;
        });
        TypePatternExpr pattern = patterns.get(name);
        return pattern == null ? Optional.empty()
                : Optional.of(new Resolution.Local(pattern, callable, written(pattern.getType())));
    }

    private Optional<Resolution> fieldOf(Node classBody, String name) {
        String owner = typeNaming.nameOf(classBody).orElse("");
        for (BodyDeclaration<?> member : membersOf(classBody)) {
            if (member instanceof FieldDeclaration field) {
                for (VariableDeclarator variable : field.getVariables()) {
                    if (variable.getNameAsString().equals(name)) {
                        return Optional.of(new Resolution.Field(owner, name, variable.getType()));
                    }
                }
            }
        }
        if (classBody instanceof RecordDeclaration record) {
            for (Parameter component : record.getParameters()) {
                if (component.getNameAsString().equals(name)) {
                    return Optional.of(new Resolution.Field(owner, name, component.getType()));
                }
            }
        }
        return Optional.empty();
    }

    /** The member declarations of a class body of any form. */
    public static List<BodyDeclaration<?>> membersOf(Node classBody) {
        if (classBody instanceof TypeDeclaration<?> type) {
            return type.getMembers();
        }
        if (classBody instanceof ObjectCreationExpr creation) {
            return creation.getAnonymousClassBody().map(body -> (List<BodyDeclaration<?>>) body).orElse(List.of());
        }
        if (classBody instanceof EnumConstantDeclaration constant) {
            return constant.getClassBody();
        }
        return List.of();
    }

    private static Resolution local(VariableDeclarator declarator, Node scope) {
        return new Resolution.Local(declarator, scope, written(declarator.getType()));
    }

    private static Optional<Type> written(Type type) {
        return type instanceof VarType || type instanceof UnknownType ? Optional.empty() : Optional.of(type);
    }
}
