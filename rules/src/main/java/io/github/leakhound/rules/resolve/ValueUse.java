package io.github.leakhound.rules.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import java.util.Optional;

/**
 * What the code around a value does with it, right where it is produced or read: the vocabulary in which
 * hand-offs (return, argument, store, capture), releases (a call on it) and null checks are told apart.
 * Parentheses, casts and the branches of {@code ?:} pass the value through unchanged.
 */
public sealed interface ValueUse {

    /** The value is the receiver of a call: {@code value.submit(task)}. */
    record CallOn(MethodCallExpr call) implements ValueUse {
    }

    /** The value is the bound receiver of a method reference: {@code value::shutdown}. */
    record MethodReference(MethodReferenceExpr reference) implements ValueUse {
    }

    /** The value is passed to a method: {@code register(value)}. */
    record Argument(MethodCallExpr call) implements ValueUse {
    }

    /** The value is passed to a constructor: {@code new Worker(value)}, {@code super(value)}. */
    record ConstructorArgument(Node call) implements ValueUse {
    }

    /** The value is returned, from a method or as an expression lambda's result. */
    record Returned(Node from) implements ValueUse {
    }

    /** The value is stored by {@code target = value}. */
    record AssignedTo(Expression target) implements ValueUse {
    }

    /** The value initialises a local variable or a field. */
    record Initialises(VariableDeclarator variable) implements ValueUse {
    }

    /** The value is an element of an array initializer. */
    record ArrayElement(ArrayInitializerExpr array) implements ValueUse {
    }

    /** The value is a resource of try-with-resources ({@code try (pool) {...}}), closed when the try ends. */
    record Resource(TryStmt statement) implements ValueUse {
    }

    /** The value is compared with {@code null}. */
    record NullComparison(BinaryExpr comparison) implements ValueUse {
    }

    /** The value is computed and dropped: an expression statement. */
    record Discarded(ExpressionStmt statement) implements ValueUse {
    }

    /** Anything else (a condition, an operand, an assignment target, ...): no hand-off, release or check. */
    record Other() implements ValueUse {
    }

    /** What the code around {@code value} does with it. */
    static ValueUse of(Expression value) {
        Node current = value;
        Node parent = current.getParentNode().orElse(null);
        while (parent instanceof EnclosedExpr || parent instanceof CastExpr
                || parent instanceof ConditionalExpr conditional && conditional.getCondition() != current) {
            current = parent;
            parent = current.getParentNode().orElse(null);
        }
        return useBy(parent, current);
    }

    private static ValueUse useBy(Node parent, Node current) {
        if (parent instanceof MethodCallExpr call) {
            return isScope(call.getScope(), current) ? new CallOn(call) : new Argument(call);
        }
        if (parent instanceof MethodReferenceExpr reference) {
            return reference.getScope() == current ? new MethodReference(reference) : new Other();
        }
        if (parent instanceof ObjectCreationExpr construction) {
            return isScope(construction.getScope(), current) ? new Other() : new ConstructorArgument(construction);
        }
        if (parent instanceof ExplicitConstructorInvocationStmt invocation) {
            return isScope(invocation.getExpression(), current) ? new Other() : new ConstructorArgument(invocation);
        }
        if (parent instanceof TryStmt attempt) {
            return new Resource(attempt);
        }
        if (parent instanceof ReturnStmt) {
            return new Returned(parent);
        }
        if (parent instanceof ExpressionStmt statement) {
            Node above = statement.getParentNode().orElse(null);
            return above instanceof LambdaExpr lambda ? new Returned(lambda) : new Discarded(statement);
        }
        if (parent instanceof AssignExpr assignment) {
            boolean plainStore = assignment.getValue() == current
                    && assignment.getOperator() == AssignExpr.Operator.ASSIGN;
            return plainStore ? new AssignedTo(assignment.getTarget()) : new Other();
        }
        if (parent instanceof VariableDeclarator variable) {
            return new Initialises(variable);
        }
        if (parent instanceof ArrayInitializerExpr array) {
            return new ArrayElement(array);
        }
        if (parent instanceof BinaryExpr comparison && isNullComparison(comparison, current)) {
            return new NullComparison(comparison);
        }
        return new Other();
    }

    private static boolean isScope(Optional<Expression> scope, Node current) {
        return scope.isPresent() && scope.get() == current;
    }

    private static boolean isNullComparison(BinaryExpr comparison, Node current) {
        boolean equality = comparison.getOperator() == BinaryExpr.Operator.EQUALS
                || comparison.getOperator() == BinaryExpr.Operator.NOT_EQUALS;
        Expression other = comparison.getLeft() == current ? comparison.getRight() : comparison.getLeft();
        return equality && ExpressionTypes.unwrapParentheses(other) instanceof NullLiteralExpr;
    }

    /**
     * True when {@code use} runs in a lambda, anonymous class or local class that lies inside {@code scope}:
     * a local variable read there is captured, and the capturing object may outlive the method.
     */
    static boolean isCapturedWithin(Node use, Node scope) {
        Node child = use;
        Optional<Node> parent = use.getParentNode();
        while (parent.isPresent() && parent.get() != scope) {
            Node candidate = parent.get();
            if (candidate instanceof LambdaExpr || candidate instanceof LocalClassDeclarationStmt
                    || candidate instanceof LocalRecordDeclarationStmt
                    || candidate instanceof ObjectCreationExpr && TypeNaming.isClassBodyOf(candidate, child)) {
                return true;
            }
            child = candidate;
            parent = candidate.getParentNode();
        }
        return false;
    }
}
