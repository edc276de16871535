package io.github.leakhound.core;

import java.util.Objects;

/**
 * Where a finding is reported.
 *
 * @param sourcePath the source file relative to its source root, with {@code /} separators
 *                   (for example {@code com/acme/OrderService.java}), as both engines can name it
 * @param line       1-based line number
 * @param column     1-based column, or 0 when the engine cannot know it (bytecode)
 * @param typeName   binary name of the enclosing type, for example {@code com.acme.OrderService$Worker}
 * @param memberName the enclosing method or field, or an empty string at type level
 */
public record Location(String sourcePath, int line, int column, String typeName, String memberName) {

    public Location {
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(typeName, "typeName");
        Objects.requireNonNull(memberName, "memberName");
        if (line < 1) {
            throw new IllegalArgumentException("line must be positive: " + line);
        }
        if (column < 0) {
            throw new IllegalArgumentException("column must not be negative: " + column);
        }
    }

    /** This location with another source path, e.g. once a source root has been prefixed. */
    public Location withSourcePath(String newSourcePath) {
        return new Location(newSourcePath, line, column, typeName, memberName);
    }
}
