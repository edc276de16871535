package io.github.leakhound.detectors.owner;

/** What a local variable or stack slot holds, as far as one tracked owner is concerned. */
enum SlotValue {
    /** The owner being tracked (on some path). */
    TRACKED_OWNER,
    /** Anything else. */
    OTHER;

    /** A slot holds the owner after a merge if it does on either incoming path: a later use may be of it. */
    static SlotValue merge(SlotValue one, SlotValue other) {
        return one == TRACKED_OWNER || other == TRACKED_OWNER ? TRACKED_OWNER : OTHER;
    }
}
