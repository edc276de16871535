package io.github.leakhound.maven;

import io.github.leakhound.core.Engine;
import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Location;
import io.github.leakhound.core.Rule;

/** Hand-made findings for tests, spelled the way each engine reports them. */
public final class Findings {

    private Findings() {
    }

    /** A finding of the source engine, which knows the column. */
    public static Finding fromSource(Rule rule, String path, int line, int column) {
        return Finding.of(rule, new Location(path, line, column, "com.acme.OrderService", "place"),
                "source says: pool leaks", Engine.SOURCE);
    }

    /** A finding of the bytecode engine, which has no column. */
    public static Finding fromBytecode(Rule rule, String path, int line) {
        return Finding.of(rule, new Location(path, line, 0, "com.acme.OrderService", "place"),
                "bytecode says: pool leaks", Engine.BYTECODE);
    }
}
