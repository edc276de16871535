package io.github.leakhound.detectors.timer;

import io.github.leakhound.core.ThreadOwnerType;

/**
 * The words a timer finding uses, so that a {@code java.util.Timer} and a started {@code javax.swing.Timer} each
 * get the lesson in their own terms.
 *
 * @param released         the past participle: "cancelled", "stopped"
 * @param releasesIt       what code that releases it does: "cancels it"
 * @param consequence      what happens when a local one is not released
 * @param fieldConsequence what happens when one kept in a field is never released
 * @param localFix         how to release a local one
 * @param fieldFix         how to release one kept in a field
 */
record TimerWords(String released, String releasesIt, String consequence, String fieldConsequence, String localFix,
        String fieldFix) {

    static TimerWords of(ThreadOwnerType type) {
        if (type.needsStart()) {
            // javax.swing.Timer: no thread of its own, but once started it fires, and pins its listeners, until stopped.
            return new TimerWords("stopped", "stops it",
                    "it keeps firing, and keeps its listeners reachable, after this call",
                    "it keeps firing, and keeps its listeners reachable,",
                    "Call stop() in a finally block, or keep it in a field and stop it when its owner is done.",
                    "Stop it in the class's close()/stop()/dispose() method or in a @PreDestroy method.");
        }
        return new TimerWords("cancelled", "cancels it", "its thread outlives this call", "its thread keeps running",
                "Cancel it in a finally block, or schedule on a shared ScheduledExecutorService instead.",
                "Cancel it in the class's close()/stop() method (implement AutoCloseable) or in a @PreDestroy method.");
    }
}
