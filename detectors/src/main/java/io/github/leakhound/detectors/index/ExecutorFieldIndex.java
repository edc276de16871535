package io.github.leakhound.detectors.index;

import io.github.leakhound.core.OwnerKind;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The whole-program facts about fields that hold thread owners, gathered by {@link ExecutorFieldFactCollector}
 * over every analysed class in the first pass and read by the field judges in the second.
 *
 * <p>One instance lives in SpotBugs' analysis cache for one analysis run (see
 * {@link ExecutorFieldFactCollector}), never in a static field: several runs may share a JVM. The
 * collections are concurrent because SpotBugs can run detectors on several threads.
 */
public final class ExecutorFieldIndex {

    private final Map<String, Collection<OwnerStore>> storesByClass = new ConcurrentHashMap<>();
    private final Map<FieldId, Collection<OwnerStore>> storesByField = new ConcurrentHashMap<>();
    private final Map<FieldId, Collection<FieldUse>> usesByField = new ConcurrentHashMap<>();

    void addStore(OwnerStore store) {
        storesByClass.computeIfAbsent(store.method().className(), name -> new ConcurrentLinkedQueue<>()).add(store);
        storesByField.computeIfAbsent(store.field(), field -> new ConcurrentLinkedQueue<>()).add(store);
    }

    void addUse(FieldUse use) {
        usesByField.computeIfAbsent(use.field(), field -> new ConcurrentLinkedQueue<>()).add(use);
    }

    /** The stores of newly created owners made by the code of one class (its methods and initialisers). */
    public List<OwnerStore> storesIn(String className) {
        return List.copyOf(storesByClass.getOrDefault(className, List.of()));
    }

    /** True when some method anywhere in the analysed program does {@code kind} with the field's value. */
    public boolean isUsedAnywhere(FieldId field, FieldUseKind kind) {
        return usesOf(field).stream().anyMatch(use -> use.kind() == kind);
    }

    /** True when {@code method} does {@code kind} with the field's value. */
    public boolean isUsedIn(FieldId field, MethodId method, FieldUseKind kind) {
        return usesOf(field).stream().anyMatch(use -> use.method().equals(method) && use.kind() == kind);
    }

    /**
     * True when the method making the store does {@code kind} with the value the field held before the store:
     * a value read before it, used there or through a local copy later ({@code old = pool; pool = ...;
     * old.shutdown()}).
     */
    public boolean isOldValueUsed(OwnerStore store, FieldUseKind kind) {
        return usesOf(store.field()).stream().anyMatch(use -> use.method().equals(store.method())
                && use.kind() == kind && use.readBefore(store.pc()));
    }

    /** True when a constructor or initialiser of any class stores a newly created owner of {@code kind} in the field. */
    public boolean hasInitializerStore(FieldId field, OwnerKind kind) {
        return storesByField.getOrDefault(field, List.of()).stream()
                .anyMatch(store -> store.kind() == kind && store.inInitializer());
    }

    private Collection<FieldUse> usesOf(FieldId field) {
        return usesByField.getOrDefault(field, List.of());
    }
}
