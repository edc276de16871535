package io.github.leakhound.rules.index;

import java.util.List;

/**
 * The facts of one file that the whole-program judges need: field declarations, every store, lifecycle call,
 * escape and null check it makes on fields of any class, and the periodic tasks it starts. Plain records: the
 * file's syntax tree is gone once these exist.
 */
public record FileFacts(List<DeclaredField> fields, List<FieldStore> stores, List<FieldCall> calls,
        List<FieldEscape> escapes, List<FieldNullCheck> nullChecks, List<PeriodicTask> periodicTasks) {

    public FileFacts {
        fields = List.copyOf(fields);
        stores = List.copyOf(stores);
        calls = List.copyOf(calls);
        escapes = List.copyOf(escapes);
        nullChecks = List.copyOf(nullChecks);
        periodicTasks = List.copyOf(periodicTasks);
    }

    /** A file that declares and uses no fields and starts no periodic task (or could not be read). */
    public static FileFacts empty() {
        return new FileFacts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** These facts with the periodic tasks of the same file. */
    public FileFacts withPeriodicTasks(List<PeriodicTask> tasks) {
        return new FileFacts(fields, stores, calls, escapes, nullChecks, tasks);
    }
}
