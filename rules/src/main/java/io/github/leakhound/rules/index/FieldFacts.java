package io.github.leakhound.rules.index;

import java.util.List;

/**
 * Everything the whole analysed program does with one field.
 *
 * @param declaration the field's declaration
 * @param stores      every assignment to it, anywhere
 * @param releases    every release call on a value read from it
 * @param escapes     every place its value escapes
 * @param nullChecks  every code unit that compares it with null
 */
public record FieldFacts(DeclaredField declaration, List<FieldStore> stores, List<FieldRelease> releases,
        List<FieldEscape> escapes, List<FieldNullCheck> nullChecks) {

    public FieldFacts {
        stores = List.copyOf(stores);
        releases = List.copyOf(releases);
        escapes = List.copyOf(escapes);
        nullChecks = List.copyOf(nullChecks);
    }

    /** The field's declaring class and name. */
    public FieldKey key() {
        return declaration.key();
    }
}
