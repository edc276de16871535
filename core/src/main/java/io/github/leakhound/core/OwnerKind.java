package io.github.leakhound.core;

import java.util.Optional;

/** Which family of rules judges a thread-owning object. */
public enum OwnerKind {
    /** ExecutorService and its implementations: the LEAK_EXECUTOR_* rules. */
    EXECUTOR(Rule.LEAK_EXECUTOR_NOT_SHUTDOWN, Rule.LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN),
    /** Any other object owning threads (HttpClient, configured types): LEAK_THREAD_OWNER_NOT_CLOSED. */
    OTHER_THREAD_OWNER(Rule.LEAK_THREAD_OWNER_NOT_CLOSED, null),
    /** java.util.Timer and started javax.swing.Timer: LEAK_TIMER_NOT_CANCELLED. */
    TIMER(Rule.LEAK_TIMER_NOT_CANCELLED, Rule.LEAK_TIMER_NOT_CANCELLED);

    private final Rule localLeakRule;
    private final Rule fieldLeakRule;

    OwnerKind(Rule localLeakRule, Rule fieldLeakRule) {
        this.localLeakRule = localLeakRule;
        this.fieldLeakRule = fieldLeakRule;
    }

    /** The rule that reports an instance of this kind created in a method and never released. */
    public Rule localLeakRule() {
        return localLeakRule;
    }

    /**
     * The rule that reports a field of this kind that nothing ever releases; empty where a long-lived field is
     * the recommended pattern (a shared HttpClient).
     */
    public Optional<Rule> fieldLeakRule() {
        return Optional.ofNullable(fieldLeakRule);
    }

    /** The severity of a never-released field of this kind: a warning, since it depends on how many instances live. */
    public Severity fieldLeakSeverity() {
        return Severity.WARNING;
    }
}
