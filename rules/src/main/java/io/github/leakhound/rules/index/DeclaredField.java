package io.github.leakhound.rules.index;

/**
 * A field declaration.
 *
 * @param key          declaring class and name
 * @param declaredType binary name of the declared type as far as the file's imports tell it
 * @param isStatic     true for static fields (interface fields included)
 * @param sourcePath   the declaring file, relative to its source root
 * @param line         line of the variable declarator (the field's name)
 * @param column       column of the variable declarator
 */
public record DeclaredField(FieldKey key, String declaredType, boolean isStatic, String sourcePath, int line,
        int column) {
}
