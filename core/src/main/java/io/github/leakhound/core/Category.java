package io.github.leakhound.core;

/** The rule families of the catalog; each groups rules about one kind of concurrency resource. */
public enum Category {
    EXECUTOR,
    TIMER,
    BLOCKING_PUT,
    STATIC_MAP,
    LOCK
}
