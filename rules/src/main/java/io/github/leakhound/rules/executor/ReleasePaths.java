package io.github.leakhound.rules.executor;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.AssertStmt;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import io.github.leakhound.core.OwnerKind;
import io.github.leakhound.core.ThreadOwners;
import io.github.leakhound.rules.executor.LocalLeak.Reason;
import io.github.leakhound.rules.resolve.ExpressionTypes;
import io.github.leakhound.rules.resolve.Positions;
import io.github.leakhound.rules.resolve.TypeNaming;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides, over the statement structure as written, whether the owner held by one local variable is released
 * on every path from its creation: try-with-resources on it, a release in the {@code finally} of a try that
 * covers everything after the creation, or a release reached on every normal path with no call that can throw
 * (any call but the release itself) or early exit in between. Implicit exceptions (null dereference, array
 * bounds, arithmetic, casts) are ignored, as the catalog says.
 */
final class ReleasePaths {

    private final String variable;
    private final OwnerKind kind;
    private final ThreadOwners owners;

    ReleasePaths(String variable, OwnerKind kind, ThreadOwners owners) {
        this.variable = variable;
        this.kind = kind;
        this.owners = owners;
    }

    /** Empty when released on every path from {@code creation}, the statement that stores the new owner. */
    Optional<LocalLeak> leakAfter(Statement creation) {
        if (coveredByEnclosingFinally(creation)) {
            return Optional.empty();
        }
        return scanAfter(creation).map(leak -> leak.forVariable(variable));
    }

    private boolean coveredByEnclosingFinally(Statement creation) {
        Node child = creation;
        Optional<Node> parent = creation.getParentNode();
        while (parent.isPresent() && !isCodeUnitBoundary(parent.get(), child)) {
            if (parent.get() instanceof TryStmt attempt && child != attempt.getFinallyBlock().orElse(null)
                    && finallyReleases(attempt)) {
                return true;
            }
            child = parent.get();
            parent = child.getParentNode();
        }
        return false;
    }

    private static boolean isCodeUnitBoundary(Node candidate, Node child) {
        return candidate instanceof LambdaExpr || candidate instanceof CallableDeclaration<?>
                || candidate instanceof InitializerDeclaration || TypeNaming.isClassBodyOf(candidate, child);
    }

    /** Follows the normal path from {@code statement} to the end of the variable's reach. */
    private Optional<LocalLeak> scanAfter(Statement statement) {
        Node parent = statement.getParentNode().orElse(null);
        List<Statement> siblings;
        if (parent instanceof BlockStmt block) {
            siblings = block.getStatements();
        } else if (parent instanceof SwitchEntry entry) {
            siblings = entry.getStatements();
        } else {
            return leave(parent, statement);
        }
        boolean after = false;
        for (Statement sibling : siblings) {
            if (after) {
                PathState state = evaluate(sibling);
                if (state.outcome() == Outcome.RELEASED) {
                    return Optional.empty();
                }
                if (state.outcome() == Outcome.LEAKS) {
                    return Optional.of(state.leak());
                }
            }
            after = after || sibling == statement;
        }
        return leave(parent, statement);
    }

    /** Control falls out of {@code container} (a block or compound statement) after running {@code child}. */
    private Optional<LocalLeak> leave(Node container, Node child) {
        if (container instanceof BlockStmt || container instanceof IfStmt || container instanceof LabeledStmt
                || container instanceof SynchronizedStmt) {
            return scanAfter((Statement) container);
        }
        if (container instanceof CatchClause clause && clause.getParentNode().orElse(null) instanceof TryStmt attempt) {
            return leave(attempt, clause);
        }
        if (container instanceof TryStmt attempt) {
            Optional<BlockStmt> finallyBlock = attempt.getFinallyBlock();
            if (finallyBlock.isPresent() && child != finallyBlock.get()) {
                PathState state = evaluate(finallyBlock.get());
                if (state.outcome() == Outcome.RELEASED) {
                    return Optional.empty();
                }
                if (state.outcome() == Outcome.LEAKS) {
                    return Optional.of(state.leak());
                }
            }
            return scanAfter(attempt);
        }
        // The end of a loop body, switch case, method, lambda or initializer: the owner is never released.
        return Optional.of(new LocalLeak(Reason.NEVER_RELEASED, Optional.empty(), 0, ""));
    }

    private PathState evaluate(Statement statement) {
        if (statement instanceof ExpressionStmt expression) {
            if (isReleaseStatement(expression)) {
                return PathState.RELEASED;
            }
            return firstCall(expression).map(call -> PathState.leaks(Reason.CALL_MAY_THROW_BEFORE_RELEASE, call))
                    .orElse(PathState.CLEAN);
        }
        if (statement instanceof BlockStmt block) {
            return sequence(block.getStatements());
        }
        if (statement instanceof IfStmt choice) {
            return evaluateIf(choice);
        }
        if (statement instanceof TryStmt attempt) {
            return evaluateTry(attempt);
        }
        if (statement instanceof LabeledStmt labeled) {
            return evaluate(labeled.getStatement());
        }
        if (statement instanceof SynchronizedStmt synchronizedStmt) {
            Optional<Node> call = firstCall(synchronizedStmt.getExpression());
            return call.isPresent() ? PathState.leaks(Reason.CALL_MAY_THROW_BEFORE_RELEASE, call.get())
                    : evaluate(synchronizedStmt.getBody());
        }
        if (statement instanceof ReturnStmt || statement instanceof ThrowStmt || statement instanceof BreakStmt
                || statement instanceof ContinueStmt || statement instanceof YieldStmt) {
            return PathState.leaks(Reason.EXITS_BEFORE_RELEASE, statement);
        }
        if (statement instanceof ForStmt || statement instanceof ForEachStmt || statement instanceof WhileStmt
                || statement instanceof DoStmt || statement instanceof SwitchStmt) {
            return evaluateOpaque(statement);
        }
        if (statement instanceof AssertStmt || statement instanceof ExplicitConstructorInvocationStmt) {
            return firstCall(statement).map(call -> PathState.leaks(Reason.CALL_MAY_THROW_BEFORE_RELEASE, call))
                    .orElse(PathState.CLEAN);
        }
        // Declarations of local classes and records, empty statements: nothing runs.
        return PathState.CLEAN;
    }

    private PathState sequence(List<Statement> statements) {
        for (Statement statement : statements) {
            PathState state = evaluate(statement);
            if (state.outcome() != Outcome.CLEAN) {
                return state;
            }
        }
        return PathState.CLEAN;
    }

    private PathState evaluateIf(IfStmt choice) {
        Optional<Node> call = firstCall(choice.getCondition());
        if (call.isPresent()) {
            return PathState.leaks(Reason.CALL_MAY_THROW_BEFORE_RELEASE, call.get());
        }
        PathState then = evaluate(choice.getThenStmt());
        PathState otherwise = choice.getElseStmt().map(this::evaluate).orElse(PathState.CLEAN);
        if (then.outcome() == Outcome.LEAKS) {
            return then;
        }
        if (otherwise.outcome() == Outcome.LEAKS) {
            return otherwise;
        }
        if (then.outcome() != otherwise.outcome()) {
            return PathState.leaks(Reason.RELEASED_ON_SOME_PATHS, choice);
        }
        return then;
    }

    private PathState evaluateTry(TryStmt attempt) {
        if (finallyReleases(attempt) || attempt.getResources().stream().anyMatch(this::isVariable)) {
            return PathState.RELEASED;
        }
        for (Expression resource : attempt.getResources()) {
            Optional<Node> call = firstCall(resource);
            if (call.isPresent()) {
                return PathState.leaks(Reason.CALL_MAY_THROW_BEFORE_RELEASE, call.get());
            }
        }
        PathState body = evaluate(attempt.getTryBlock());
        if (body.outcome() == Outcome.CLEAN) {
            // Nothing in the try block can throw, so no catch clause runs on a normal path.
            return attempt.getFinallyBlock().map(this::evaluate).orElse(PathState.CLEAN);
        }
        if (body.outcome() == Outcome.RELEASED) {
            return body;
        }
        boolean releasedInCatch = attempt.getCatchClauses().stream().anyMatch(clause -> containsRelease(clause));
        return releasedInCatch ? PathState.leaks(Reason.RELEASED_ON_SOME_PATHS, attempt) : body;
    }

    /** Loops and switches: a release inside runs on some paths only; a call or exit inside can skip on. */
    private PathState evaluateOpaque(Statement statement) {
        if (containsRelease(statement)) {
            return PathState.leaks(Reason.RELEASED_ON_SOME_PATHS, statement);
        }
        Optional<Node> call = firstCall(statement);
        if (call.isPresent()) {
            return PathState.leaks(Reason.CALL_MAY_THROW_BEFORE_RELEASE, call.get());
        }
        Optional<Statement> exit = executedNodes(statement).stream()
                .filter(node -> node instanceof ReturnStmt || node instanceof ThrowStmt
                        || (node instanceof BreakStmt b && b.getLabel().isPresent())
                        || (node instanceof ContinueStmt c && c.getLabel().isPresent()))
                .map(Statement.class::cast)
                .findFirst();
        return exit.map(node -> PathState.leaks(Reason.EXITS_BEFORE_RELEASE, node)).orElse(PathState.CLEAN);
    }

    /** True when the {@code finally} block releases the variable (a null check around it is fine). */
    boolean finallyReleases(TryStmt attempt) {
        return attempt.getFinallyBlock().map(block -> block.getStatements().stream()
                .anyMatch(this::releasesInFinally)).orElse(false);
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
        return ExpressionTypes.unwrapParentheses(expression) instanceof NameExpr name
                && name.getNameAsString().equals(variable);
    }

    /** {@code v.shutdown();}, {@code List<Runnable> left = v.shutdownNow();} or {@code left = v.shutdownNow();}. */
    private boolean isReleaseStatement(ExpressionStmt statement) {
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

    private boolean isReleaseCall(Expression expression) {
        return ExpressionTypes.unwrapParentheses(expression) instanceof MethodCallExpr call
                && call.getScope().filter(this::isVariable).isPresent()
                && owners.isRelease(kind, call.getNameAsString());
    }

    private boolean containsRelease(Node node) {
        return executedNodes(node).stream()
                .anyMatch(candidate -> candidate instanceof MethodCallExpr call && isReleaseCall(call));
    }

    /**
     * The first call that runs when {@code node} runs and can throw: any method or constructor call except a
     * release of the variable. Code in lambdas and class bodies does not run here.
     */
    private Optional<Node> firstCall(Node node) {
        return executedNodes(node).stream()
                .filter(candidate -> candidate instanceof MethodCallExpr call && !isReleaseCall(call)
                        || candidate instanceof ObjectCreationExpr
                        || candidate instanceof ExplicitConstructorInvocationStmt)
                .findFirst();
    }

    /** The nodes of {@code root} in textual order, without the bodies of lambdas and local or anonymous classes. */
    private static List<Node> executedNodes(Node root) {
        List<Node> nodes = new ArrayList<>();
        ArrayDeque<Node> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            nodes.add(node);
            List<Node> children = node.getChildNodes();
            for (int i = children.size() - 1; i >= 0; i--) {
                Node child = children.get(i);
                boolean deferred = child instanceof LambdaExpr || child instanceof LocalClassDeclarationStmt
                        || child instanceof LocalRecordDeclarationStmt || TypeNaming.isClassBodyOf(node, child);
                if (!deferred) {
                    pending.push(child);
                }
            }
        }
        nodes.sort(Node.NODE_BY_BEGIN_POSITION);
        return nodes;
    }

    private enum Outcome { CLEAN, RELEASED, LEAKS }

    /** The outcome of running one statement: nothing relevant, the release, or a leak with its cause. */
    private record PathState(Outcome outcome, LocalLeak leak) {

        static final PathState CLEAN = new PathState(Outcome.CLEAN, null);
        static final PathState RELEASED = new PathState(Outcome.RELEASED, null);

        static PathState leaks(Reason reason, Node at) {
            return new PathState(Outcome.LEAKS, new LocalLeak(reason, Optional.empty(), Positions.line(at), ""));
        }
    }
}
