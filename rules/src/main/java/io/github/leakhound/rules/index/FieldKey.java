package io.github.leakhound.rules.index;

/**
 * A field of the analysed program.
 *
 * @param declaringType binary name of the declaring class
 * @param name          the field name
 */
public record FieldKey(String declaringType, String name) {
}
