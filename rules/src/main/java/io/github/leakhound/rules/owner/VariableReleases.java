package io.github.leakhound.rules.owner;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import io.github.leakhound.core.ThreadOwnerType;
import io.github.leakhound.rules.resolve.ExpressionTypes;
import java.util.Optional;

/**
 * What counts as releasing the owner held by one local variable: a release call of its type on it
 * ({@code shutdown}, {@code shutdownNow}, {@code close} for executors, {@code cancel} for a timer), in a statement
 * of its own, or in a {@code finally} block under at most a null check; and which other calls can throw before one.
 */
final class VariableReleases {

    private final String variable;
    private final ThreadOwnerType type;

    VariableReleases(String variable, ThreadOwnerType type) {
        this.variable = variable;
        this.type = type;
    }

    /** True when the {@code finally} block releases the variable (a null check around it is fine). */
    boolean finallyReleases(TryStmt attempt) {
        return attempt.getFinallyBlock().map(block -> block.getStatements().stream()
                .anyMatch(this::releasesInFinally)).orElse(false);
    }

    /** True for {@code try (v) {...}}, the Java 9 form of try-with-resources on an existing variable. */
    boolean isResourceOf(TryStmt attempt) {
        return attempt.getResources().stream().anyMatch(this::isVariable);
    }

    /** {@code v.shutdown();}, {@code List<Runnable> left = v.shutdownNow();} or {@code left = v.shutdownNow();}. */
    boolean isReleaseStatement(ExpressionStmt statement) {
        Expression expression = statement.getExpression();
        if (expression instanceof VariableDeclarationExpr declaration) {
            return declaration.getVariables().size() == 1
                    && declaration.getVariables().get(0).getInitializer().filter(this::isReleaseCall).isPresent();
        }
        if (expression instanceof AssignExpr assignment) {
            return isReleaseCall(assignment.getValue());
        }
        return isReleaseCall(expression);
    }

    /** {@code v = ...;}: the variable is given another value, and the owner it held is lost. */
    boolean isReassignment(ExpressionStmt statement) {
        return statement.getExpression() instanceof AssignExpr assignment
                && assignment.getOperator() == AssignExpr.Operator.ASSIGN && isVariable(assignment.getTarget());
    }

    /** True when running {@code node} may call a release of the variable (on some path). */
    boolean containsRelease(Node node) {
        return ExecutedCode.nodesOf(node).stream()
                .anyMatch(candidate -> candidate instanceof MethodCallExpr call && isReleaseCall(call));
    }

    /**
     * The first call that runs when {@code node} runs and can throw: any method or constructor call except a
     * release of the variable. Code in lambdas and class bodies does not run here.
     */
    Optional<Node> firstCallThatCanThrow(Node node) {
        return ExecutedCode.nodesOf(node).stream()
                .filter(candidate -> candidate instanceof MethodCallExpr call && !isReleaseCall(call)
                        || candidate instanceof ObjectCreationExpr
                        || candidate instanceof ExplicitConstructorInvocationStmt)
                .findFirst();
    }

    private boolean releasesInFinally(Statement statement) {
        if (statement instanceof ExpressionStmt expression) {
            return isReleaseStatement(expression);
        }
        if (statement instanceof BlockStmt block) {
            return block.getStatements().stream().anyMatch(this::releasesInFinally);
        }
        if (statement instanceof IfStmt guard) {
            return isNonNullCheck(guard.getCondition()) && releasesInFinally(guard.getThenStmt());
        }
        if (statement instanceof TryStmt nested) {
            return releasesInFinally(nested.getTryBlock());
        }
        return false;
    }

    /** {@code v != null}, alone or as one operand of {@code &&}. */
    private boolean isNonNullCheck(Expression condition) {
        Expression unwrapped = ExpressionTypes.unwrapParentheses(condition);
        if (!(unwrapped instanceof BinaryExpr binary)) {
            return false;
        }
        if (binary.getOperator() == BinaryExpr.Operator.AND) {
            return isNonNullCheck(binary.getLeft()) || isNonNullCheck(binary.getRight());
        }
        return binary.getOperator() == BinaryExpr.Operator.NOT_EQUALS
                && (isVariable(binary.getLeft()) && isNull(binary.getRight())
                        || isNull(binary.getLeft()) && isVariable(binary.getRight()));
    }

    private static boolean isNull(Expression expression) {
        return ExpressionTypes.unwrapParentheses(expression) instanceof NullLiteralExpr;
    }

    private boolean isVariable(Expression expression) {
        Expression value = ExpressionTypes.unwrapParentheses(expression);
        while (value instanceof CastExpr cast) {
            value = ExpressionTypes.unwrapParentheses(cast.getExpression());
        }
        return value instanceof NameExpr name && name.getNameAsString().equals(variable);
    }

    private boolean isReleaseCall(Expression expression) {
        return ExpressionTypes.unwrapParentheses(expression) instanceof MethodCallExpr call
                && call.getScope().filter(this::isVariable).isPresent()
                && type.releaseMethods().contains(call.getNameAsString());
    }
}
