package io.github.leakhound.detectors.owner;

/**
 * Where a tracked owner stands on the paths reaching a point of the method. The constants are ordered from
 * the state that wins a merge of paths to the one that loses.
 */
enum OwnerState {
    /** Handed on (returned, stored, passed on, captured) on some path: another owner takes over. */
    HANDED_ON,
    /** Created and not released on some path: if this reaches the method's exit, it leaks. */
    OPEN,
    /** Released on every path that created it. */
    RELEASED,
    /** Not created yet, or known to be null on this path. */
    ABSENT;

    /** The state after two paths join: hand-off first (silence), then a leak, then a release. */
    static OwnerState merge(OwnerState one, OwnerState other) {
        return one.ordinal() <= other.ordinal() ? one : other;
    }
}
