package io.github.leakhound.core;

/** Which family of rules judges a thread-owning object. */
public enum OwnerKind {
    /** ExecutorService and its implementations: the LEAK_EXECUTOR_* rules. */
    EXECUTOR(Rule.LEAK_EXECUTOR_NOT_SHUTDOWN),
    /** Any other object owning threads (HttpClient, configured types): LEAK_THREAD_OWNER_NOT_CLOSED. */
    OTHER_THREAD_OWNER(Rule.LEAK_THREAD_OWNER_NOT_CLOSED);

    private final Rule localLeakRule;

    OwnerKind(Rule localLeakRule) {
        this.localLeakRule = localLeakRule;
    }

    /** The rule that reports an instance of this kind created in a method and never released. */
    public Rule localLeakRule() {
        return localLeakRule;
    }
}
