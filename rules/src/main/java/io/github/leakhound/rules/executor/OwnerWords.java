package io.github.leakhound.rules.executor;

import io.github.leakhound.core.OwnerKind;

/**
 * The words a message uses for one kind of thread owner, so that executor and HttpClient messages teach
 * the same lesson in their own terms.
 *
 * @param released    the past participle: "shut down", "closed"
 * @param releaseCall the call that releases it: "shutdown()", "close()"
 * @param consequence what happens when it is not released
 * @param localFix    how to release a local one
 */
record OwnerWords(String released, String releaseCall, String consequence, String localFix) {

    static OwnerWords of(OwnerKind kind) {
        if (kind == OwnerKind.EXECUTOR) {
            return new OwnerWords("shut down", "shutdown()", "its threads outlive this call",
                    "Use try-with-resources (Java 19+) or call shutdown() in a finally block.");
        }
        return new OwnerWords("closed", "close()", "the threads it owns outlive this call",
                "Share one instance (a field), or close it in try-with-resources (Java 21+) or a finally block.");
    }
}
