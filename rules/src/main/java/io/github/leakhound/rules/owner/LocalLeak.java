package io.github.leakhound.rules.owner;

import java.util.Optional;

/**
 * Why a thread owner created in a method leaks, for the message that teaches the fix.
 *
 * @param reason   what goes wrong
 * @param variable the local variable holding the owner, empty when there is none
 * @param line     the line of the statement that causes it (the throwing call, the early exit, the
 *                 conditional release), or 0 when no single statement does
 * @param detail   the borrowing method or the call made on the owner, when the reason names one
 */
public record LocalLeak(Reason reason, Optional<String> variable, int line, String detail) {

    /** What goes wrong. */
    public enum Reason {
        /** No release call on the variable at all. */
        NEVER_RELEASED,
        /** A call that can throw runs between the creation and the release, outside a covering try/finally. */
        CALL_MAY_THROW_BEFORE_RELEASE,
        /** The release is only reached on some paths: inside an if, a catch, a loop or a switch. */
        RELEASED_ON_SOME_PATHS,
        /** A return, throw, break or continue leaves before the release. */
        EXITS_BEFORE_RELEASE,
        /** The variable is given another value before the owner it holds is released. */
        REASSIGNED_BEFORE_RELEASE,
        /** Created and immediately used ({@code Executors.newSingleThreadExecutor().submit(task)}). */
        USED_WITHOUT_VARIABLE,
        /** Created and only lent to a library method that does not take ownership. */
        LENT_TO_BORROWER,
        /** Created as an expression statement and dropped. */
        DISCARDED
    }

    /** A leak of the value held by {@code variable}. */
    static LocalLeak ofVariable(Reason reason, String variable, int line) {
        return new LocalLeak(reason, Optional.of(variable), line, "");
    }

    /** A leak of a value never kept in a variable. */
    static LocalLeak withoutVariable(Reason reason, String detail) {
        return new LocalLeak(reason, Optional.empty(), 0, detail);
    }

    /** The same leak, for the value held by {@code name}. */
    LocalLeak forVariable(String name) {
        return new LocalLeak(reason, Optional.of(name), line, detail);
    }
}
