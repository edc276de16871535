package io.github.leakhound.rules.resolve;

import io.github.leakhound.core.Borrower;
import io.github.leakhound.core.OwnerFactory;
import io.github.leakhound.core.PeriodicTasks;
import io.github.leakhound.core.ThreadOwnerType;
import io.github.leakhound.core.ThreadOwners;
import io.github.leakhound.core.TypeNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The library classes the source engine knows by name without a classpath: every class the thread-owner and
 * periodic-task vocabularies mention, plus the few classes whose members it must know ({@code System.out},
 * Lombok's getters).
 * Lets a file's on-demand imports ({@code java.util.concurrent.*}) and {@code java.lang} resolve them.
 */
public final class KnownClasses {

    /**
     * JDK classes needed to type well-known expressions (see {@link ExpressionTypes}), and the Lombok
     * annotations that generate getters (an escape the source does not show).
     */
    private static final List<String> EXTRAS = List.of("java.lang.System", "java.io.PrintStream",
            "lombok.Getter", "lombok.Data", "lombok.Value");

    private final ThreadOwners owners;
    private final Map<String, List<String>> bySimpleName;

    public KnownClasses(ThreadOwners owners) {
        this.owners = owners;
        Set<String> names = new TreeSet<>(EXTRAS);
        owners.types().stream().map(ThreadOwnerType::className).forEach(names::add);
        owners.factories().stream().map(OwnerFactory::className).forEach(names::add);
        owners.borrowers().stream().map(Borrower::className).forEach(names::add);
        names.addAll(PeriodicTasks.schedulerTypes());
        names.addAll(PeriodicTasks.lifecycleInterfaces());
        Map<String, List<String>> index = new HashMap<>();
        for (String name : names) {
            index.computeIfAbsent(TypeNames.simpleName(name), key -> new ArrayList<>()).add(name);
        }
        index.replaceAll((key, list) -> List.copyOf(list));
        this.bySimpleName = Map.copyOf(index);
    }

    /** The vocabulary this was built from. */
    public ThreadOwners owners() {
        return owners;
    }

    /** Known classes with this simple name, in a stable order. */
    public List<String> withSimpleName(String simpleName) {
        return bySimpleName.getOrDefault(simpleName, List.of());
    }

    /** True when the vocabulary names {@code method} as a factory or borrower of {@code className}. */
    public boolean declaresMember(String className, String method) {
        return owners.createdBy(className, method).isPresent() || owners.isBorrower(className, method);
    }
}
