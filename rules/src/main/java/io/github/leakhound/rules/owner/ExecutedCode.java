package io.github.leakhound.rules.owner;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import io.github.leakhound.rules.resolve.TypeNaming;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The code that runs when a statement runs: its nodes, minus bodies of lambdas and local or anonymous classes. */
final class ExecutedCode {

    private ExecutedCode() {
    }

    /** The nodes of {@code root} in textual order; iterative, so deep nesting cannot overflow the stack here. */
    static List<Node> nodesOf(Node root) {
        List<Node> nodes = new ArrayList<>();
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            nodes.add(node);
            for (Node child : node.getChildNodes()) {
                boolean runsLater = child instanceof LambdaExpr || child instanceof LocalClassDeclarationStmt
                        || child instanceof LocalRecordDeclarationStmt || TypeNaming.isClassBodyOf(node, child);
                if (!runsLater) {
                    pending.push(child);
                }
            }
        }
        nodes.sort(Node.NODE_BY_BEGIN_POSITION);
        return nodes;
    }
}
