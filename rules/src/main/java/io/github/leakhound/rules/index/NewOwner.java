package io.github.leakhound.rules.index;

import io.github.leakhound.core.OwnerKind;

/**
 * A newly created thread owner being stored.
 *
 * @param kind       executor or other thread owner
 * @param typeWord   the owner type's simple source name, e.g. {@code ExecutorService}
 * @param howCreated the creating call as a reader recognises it, e.g. {@code Executors.newFixedThreadPool(...)}
 */
public record NewOwner(OwnerKind kind, String typeWord, String howCreated) {
}
