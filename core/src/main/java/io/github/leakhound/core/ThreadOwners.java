package io.github.leakhound.core;

import static io.github.leakhound.core.OwnerKind.EXECUTOR;
import static io.github.leakhound.core.OwnerKind.OTHER_THREAD_OWNER;
import static io.github.leakhound.core.OwnerKind.TIMER;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The vocabulary of thread-owning objects that both engines share, as data: which types own threads (executors,
 * {@code HttpClient}, timers), which calls create a new owner, which calls release one, and which library calls
 * merely borrow one.
 * Adding a type (say Netty's {@code EventLoopGroup} with {@code shutdownGracefully}) is one {@link #with} call.
 */
public final class ThreadOwners {

    private static final Set<String> EXECUTOR_RELEASES = Set.of("shutdown", "shutdownNow", "close");
    private static final String CONCURRENT = "java.util.concurrent.";

    private final Map<String, ThreadOwnerType> typesByName;
    private final List<OwnerFactory> factories;
    private final List<Borrower> borrowers;

    private ThreadOwners(Map<String, ThreadOwnerType> typesByName, List<OwnerFactory> factories,
            List<Borrower> borrowers) {
        this.typesByName = Map.copyOf(typesByName);
        this.factories = List.copyOf(factories);
        this.borrowers = List.copyOf(borrowers);
    }

    /** The JDK's thread owners: executors and {@code java.net.http.HttpClient}. */
    public static ThreadOwners defaults() {
        Map<String, ThreadOwnerType> types = new LinkedHashMap<>();
        for (String executor : List.of("ExecutorService", "ScheduledExecutorService", "AbstractExecutorService",
                "ThreadPoolExecutor", "ScheduledThreadPoolExecutor", "ForkJoinPool")) {
            types.put(CONCURRENT + executor, new ThreadOwnerType(CONCURRENT + executor, EXECUTOR, EXECUTOR_RELEASES));
        }
        // HttpClient owns a selector thread; close()/shutdown() exist since Java 21.
        types.put("java.net.http.HttpClient", new ThreadOwnerType("java.net.http.HttpClient", OTHER_THREAD_OWNER,
                Set.of("close", "shutdown", "shutdownNow")));
        // A java.util.Timer starts its thread in the constructor, daemon or not.
        types.put("java.util.Timer", new ThreadOwnerType("java.util.Timer", TIMER, Set.of("cancel")));
        // A Swing timer shares the TimerQueue thread, but once started it fires, and pins its listeners, until stopped.
        types.put("javax.swing.Timer", new ThreadOwnerType("javax.swing.Timer", TIMER, Set.of("stop"),
                Set.of("start", "restart")));

        List<OwnerFactory> factories = List.of(
                // Every Executors.new* returns a fresh pool, including the virtual-thread ones.
                new OwnerFactory(CONCURRENT + "Executors", OwnerFactory.ANY_NEW_METHOD, true, EXECUTOR),
                new OwnerFactory("java.net.http.HttpClient", "newHttpClient", true, OTHER_THREAD_OWNER),
                new OwnerFactory("java.net.http.HttpClient$Builder", "build", false, OTHER_THREAD_OWNER));

        List<Borrower> borrowers = List.of(
                new Borrower(CONCURRENT + "CompletableFuture", Borrower.ANY_METHOD),
                new Borrower("java.util.Objects", Borrower.ANY_METHOD),
                new Borrower("java.lang.String", "valueOf"),
                new Borrower("java.lang.StringBuilder", "append"),
                new Borrower("java.io.PrintStream", Borrower.ANY_METHOD),
                new Borrower("java.util.logging.Logger", Borrower.ANY_METHOD),
                new Borrower("org.slf4j.Logger", Borrower.ANY_METHOD),
                new Borrower("java.net.http.HttpClient$Builder", "executor"));
        return new ThreadOwners(types, factories, borrowers);
    }

    /** These owners plus {@code extra} (a configured type); a type of the same name is replaced. */
    public ThreadOwners with(ThreadOwnerType extra) {
        Map<String, ThreadOwnerType> types = new LinkedHashMap<>(typesByName);
        types.put(extra.className(), extra);
        return new ThreadOwners(types, factories, borrowers);
    }

    /** Every known thread-owning type. */
    public Collection<ThreadOwnerType> types() {
        return typesByName.values();
    }

    /** The owner type of this binary class name, if it is one. */
    public Optional<ThreadOwnerType> type(String className) {
        return Optional.ofNullable(typesByName.get(className));
    }

    /** The kind of owner that {@code new className(...)} creates, if it creates one. */
    public Optional<OwnerKind> constructed(String className) {
        return type(className).map(ThreadOwnerType::kind);
    }

    /** The kind of owner that a call of {@code declaringClass.method} returns new, if it does. */
    public Optional<OwnerKind> createdBy(String declaringClass, String method) {
        return factories.stream()
                .filter(factory -> factory.matches(declaringClass, method))
                .map(OwnerFactory::kind)
                .findFirst();
    }

    /** The factories, for engines that match them by simple name. */
    public List<OwnerFactory> factories() {
        return factories;
    }

    /** The borrowers, for engines that match them by simple name. */
    public List<Borrower> borrowers() {
        return borrowers;
    }

    /** True when {@code method} releases an owner of {@code kind} (any known type of that kind). */
    public boolean isRelease(OwnerKind kind, String method) {
        return releaseMethodsOf(kind).contains(method);
    }

    /**
     * The release methods of every known type of {@code kind}; {@code close()} for a kind without a listed type,
     * since that is the one release Java itself knows.
     */
    public Set<String> releaseMethodsOf(OwnerKind kind) {
        Set<String> releases = new HashSet<>();
        typesByName.values().stream().filter(type -> type.kind() == kind)
                .forEach(type -> releases.addAll(type.releaseMethods()));
        return releases.isEmpty() ? Set.of("close") : Set.copyOf(releases);
    }

    /**
     * The owner type of an object of {@code className} that a factory of {@code kind} created: the vocabulary's
     * entry, or, for a class it does not list, a type of that kind released by any release method of the kind.
     */
    public ThreadOwnerType createdType(String className, OwnerKind kind) {
        return type(className).orElseGet(() -> new ThreadOwnerType(className, kind, releaseMethodsOf(kind)));
    }

    /** Every start method of every type: the calls without which some owners own nothing yet. */
    public Set<String> allStartMethods() {
        Set<String> names = new HashSet<>();
        typesByName.values().forEach(type -> names.addAll(type.startMethods()));
        return Set.copyOf(names);
    }

    /** True when {@code method} releases an owner of the named type. */
    public boolean isRelease(String ownerClass, String method) {
        return type(ownerClass).map(type -> type.releaseMethods().contains(method)).orElse(false);
    }

    /** Every release method name of every type. */
    public Set<String> allReleaseMethods() {
        List<String> names = new ArrayList<>();
        typesByName.values().forEach(type -> names.addAll(type.releaseMethods()));
        return Set.copyOf(names);
    }

    /** True when passing an owner to {@code declaringClass.method} leaves the caller owning it. */
    public boolean isBorrower(String declaringClass, String method) {
        return borrowers.stream().anyMatch(borrower -> borrower.matches(declaringClass, method));
    }
}
