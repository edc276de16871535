package io.github.leakhound.rules.index;

import java.util.List;
import java.util.Set;

/**
 * Everything the whole analysed program does with one field.
 *
 * @param declaration the field's declaration
 * @param stores      every assignment to it, anywhere
 * @param calls       every lifecycle call (release, start) on a value read from it
 * @param escapes     every place its value escapes
 * @param nullChecks  every code unit that compares it with null
 */
public record FieldFacts(DeclaredField declaration, List<FieldStore> stores, List<FieldCall> calls,
        List<FieldEscape> escapes, List<FieldNullCheck> nullChecks) {

    public FieldFacts {
        stores = List.copyOf(stores);
        calls = List.copyOf(calls);
        escapes = List.copyOf(escapes);
        nullChecks = List.copyOf(nullChecks);
    }

    /** The field's declaring class and name. */
    public FieldKey key() {
        return declaration.key();
    }

    /** True when some code of the program calls one of {@code methods} on a value read from the field. */
    public boolean isCalled(Set<String> methods) {
        return calls.stream().anyMatch(call -> methods.contains(call.method()));
    }
}
