package io.github.leakhound.rules.index;

import java.util.Optional;

/**
 * A periodic task ({@code scheduleAtFixedRate}, {@code scheduleWithFixedDelay}) that one file starts, as far as
 * the file alone can judge it: on an executor the calling class does not own, in a class with a lifecycle end,
 * with a {@code ScheduledFuture} the file neither cancels nor hands on. What only the whole program knows is
 * kept as field references: whether the calling class gives the receiver field a new executor, and whether
 * anything cancels the field the future is stored in.
 *
 * @param member         the code unit of the call
 * @param line           line of the call
 * @param column         column of the call
 * @param scheduler      the receiver as written ({@code scheduler}, {@code Schedulers.shared()}), for messages
 * @param schedulerField the receiver when it is a field of the calling class or of a class around it: then the
 *                       task counts only if that class never assigns a newly created executor to it
 * @param future         what becomes of the returned {@code ScheduledFuture}
 * @param lifecycleEnd   the call that ends the object's life as messages name it: {@code close()}, {@code stop()}
 */
public record PeriodicTask(MemberId member, int line, int column, String scheduler, Optional<FieldRef> schedulerField,
        FutureFate future, String lifecycleEnd) {

    /** What becomes of the {@code ScheduledFuture} a periodic scheduling call returns. */
    public sealed interface FutureFate {
    }

    /** Not kept: the call is a statement of its own, or the future is used once and forgotten. */
    public record Dropped() implements FutureFate {
    }

    /** Kept in a local variable that is never cancelled and never handed on. */
    public record KeptInLocal(String variable) implements FutureFate {
    }

    /** Stored in a field: the task counts only if no code of the program cancels that field's value. */
    public record StoredInField(FieldRef field) implements FutureFate {
    }
}
