package io.github.leakhound.rules.index;

import java.util.List;

/**
 * The field facts of one file: declarations, and every store, release, escape and null check it makes on
 * fields of any class. Plain records: the file's syntax tree is gone once these exist.
 */
public record FileFacts(List<DeclaredField> fields, List<FieldStore> stores, List<FieldRelease> releases,
        List<FieldEscape> escapes, List<FieldNullCheck> nullChecks) {

    public FileFacts {
        fields = List.copyOf(fields);
        stores = List.copyOf(stores);
        releases = List.copyOf(releases);
        escapes = List.copyOf(escapes);
        nullChecks = List.copyOf(nullChecks);
    }

    /** A file that declares and uses no fields (or could not be read). */
    public static FileFacts empty() {
        return new FileFacts(List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
