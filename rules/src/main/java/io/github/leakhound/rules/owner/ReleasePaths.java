package io.github.leakhound.rules.owner;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
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
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import io.github.leakhound.core.ThreadOwnerType;
import io.github.leakhound.rules.owner.LocalLeak.Reason;
import io.github.leakhound.rules.resolve.Positions;
import io.github.leakhound.rules.resolve.TypeNaming;
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
    private final VariableReleases releases;

    ReleasePaths(String variable, ThreadOwnerType type) {
        this.variable = variable;
        this.releases = new VariableReleases(variable, type);
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
                    && releases.finallyReleases(attempt)) {
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
            if (releases.isReleaseStatement(expression)) {
                return PathState.RELEASED;
            }
            if (releases.isReassignment(expression)) {
                return PathState.leaks(Reason.REASSIGNED_BEFORE_RELEASE, expression);
            }
            return throwingCallOrClean(expression);
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
            Optional<Node> call = releases.firstCallThatCanThrow(synchronizedStmt.getExpression());
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
            return throwingCallOrClean(statement);
        }
        // Declarations of local classes and records, empty statements: nothing runs.
        return PathState.CLEAN;
    }

    private PathState throwingCallOrClean(Node node) {
        return releases.firstCallThatCanThrow(node)
                .map(call -> PathState.leaks(Reason.CALL_MAY_THROW_BEFORE_RELEASE, call))
                .orElse(PathState.CLEAN);
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
        Optional<Node> call = releases.firstCallThatCanThrow(choice.getCondition());
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
        if (releases.finallyReleases(attempt) || releases.isResourceOf(attempt)) {
            return PathState.RELEASED;
        }
        for (Expression resource : attempt.getResources()) {
            Optional<Node> call = releases.firstCallThatCanThrow(resource);
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
        boolean releasedInCatch = attempt.getCatchClauses().stream().anyMatch(releases::containsRelease);
        return releasedInCatch ? PathState.leaks(Reason.RELEASED_ON_SOME_PATHS, attempt) : body;
    }

    /** Loops and switches: a release inside runs on some paths only; a call or exit inside can skip on. */
    private PathState evaluateOpaque(Statement statement) {
        if (releases.containsRelease(statement)) {
            return PathState.leaks(Reason.RELEASED_ON_SOME_PATHS, statement);
        }
        Optional<Node> call = releases.firstCallThatCanThrow(statement);
        if (call.isPresent()) {
            return PathState.leaks(Reason.CALL_MAY_THROW_BEFORE_RELEASE, call.get());
        }
        Optional<Statement> exit = ExecutedCode.nodesOf(statement).stream()
                .filter(node -> node instanceof ReturnStmt || node instanceof ThrowStmt
                        || (node instanceof BreakStmt b && b.getLabel().isPresent())
                        || (node instanceof ContinueStmt c && c.getLabel().isPresent()))
                .map(Statement.class::cast)
                .findFirst();
        return exit.map(node -> PathState.leaks(Reason.EXITS_BEFORE_RELEASE, node)).orElse(PathState.CLEAN);
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
