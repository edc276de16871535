package io.github.leakhound.rules.index;

import io.github.leakhound.core.OwnerKind;
import io.github.leakhound.core.ThreadOwnerType;

/**
 * A newly created thread owner being stored.
 *
 * @param type       the owner type: its kind, and the calls that start and release it
 * @param typeWord   the owner type's simple source name, e.g. {@code ExecutorService}
 * @param howCreated the creating call as a reader recognises it, e.g. {@code Executors.newFixedThreadPool(...)}
 */
public record NewOwner(ThreadOwnerType type, String typeWord, String howCreated) {

    /** Which rules judge the owner. */
    public OwnerKind kind() {
        return type.kind();
    }
}
