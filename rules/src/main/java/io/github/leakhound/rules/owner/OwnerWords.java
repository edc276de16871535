package io.github.leakhound.rules.owner;

import io.github.leakhound.core.OwnerKind;
import io.github.leakhound.core.ThreadOwnerType;

/**
 * The words a message uses for one type of thread owner, so that executor, HttpClient and timer messages teach
 * the same lesson in their own terms.
 *
 * @param released         the past participle: "shut down", "closed", "cancelled"
 * @param releaseCall      the call that releases it: "shutdown()", "close()", "cancel()"
 * @param releasesIt       what code that releases it does: "shuts it down"
 * @param releaseIt        the imperative: "Shut it down"
 * @param consequence      what happens when a local one is not released
 * @param fieldConsequence what happens when one kept in a field is never released
 * @param localFix         how to release a local one
 */
record OwnerWords(String released, String releaseCall, String releasesIt, String releaseIt, String consequence,
        String fieldConsequence, String localFix) {

    static OwnerWords of(ThreadOwnerType type) {
        if (type.kind() == OwnerKind.EXECUTOR) {
            return new OwnerWords("shut down", "shutdown()", "shuts it down", "Shut it down",
                    "its threads outlive this call", "its threads keep running",
                    "Use try-with-resources (Java 19+) or call shutdown() in a finally block.");
        }
        if (type.kind() == OwnerKind.TIMER && type.needsStart()) {
            // javax.swing.Timer: no thread of its own, but once started it fires, and pins its listeners, until stopped.
            return new OwnerWords("stopped", "stop()", "stops it", "Stop it",
                    "it keeps firing, and keeps its listeners reachable, after this call", "it keeps firing",
                    "Call stop() in a finally block, or keep it in a field and stop it when its owner is done.");
        }
        if (type.kind() == OwnerKind.TIMER) {
            return new OwnerWords("cancelled", "cancel()", "cancels it", "Cancel it",
                    "its thread outlives this call", "its thread keeps running",
                    "Cancel it in a finally block, or schedule on a shared ScheduledExecutorService instead.");
        }
        return new OwnerWords("closed", "close()", "closes it", "Close it",
                "the threads it owns outlive this call", "the threads it owns keep running",
                "Share one instance (a field), or close it in try-with-resources (Java 21+) or a finally block.");
    }
}
