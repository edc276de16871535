package io.github.leakhound.rules.resolve;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;

/** Source positions of nodes; parsed nodes always have one, synthesised ones get line 1, column 1. */
public final class Positions {

    private Positions() {
    }

    /** 1-based line where the node begins. */
    public static int line(Node node) {
        return begin(node).line;
    }

    /** 1-based column where the node begins. */
    public static int column(Node node) {
        return begin(node).column;
    }

    /** True when {@code first} begins before {@code second} begins. */
    public static boolean before(Node first, Node second) {
        return begin(first).isBefore(begin(second));
    }

    private static Position begin(Node node) {
        return node.getBegin().orElse(Position.HOME);
    }
}
