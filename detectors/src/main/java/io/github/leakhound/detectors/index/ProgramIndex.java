package io.github.leakhound.detectors.index;

import edu.umd.cs.findbugs.classfile.Global;
import io.github.leakhound.core.OwnerKind;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The whole-program facts gathered by {@link ProgramFactCollector} over every analysed class in the first pass
 * and read by the judges in the second: stores of new thread owners into fields, what code does with the
 * values of fields (calls, escapes, null checks), and which classes have a lifecycle end.
 *
 * <p>One instance lives in SpotBugs' analysis cache for one analysis run (see {@link ProgramFactCollector}),
 * never in a static field: several runs may share a JVM. The collections are concurrent because SpotBugs can
 * run detectors on several threads.
 */
public final class ProgramIndex {

    private final Map<String, Collection<OwnerStore>> storesByClass = new ConcurrentHashMap<>();
    private final Map<FieldId, Collection<OwnerStore>> storesByField = new ConcurrentHashMap<>();
    private final Map<FieldId, Collection<FieldUse>> usesByField = new ConcurrentHashMap<>();
    private final Map<String, LifecycleEnd> lifecycleEnds = new ConcurrentHashMap<>();

    /**
     * The facts of the current analysis run. Empty only if the fact collector did not run, which findbugs.xml's
     * ordering constraints prevent; judging without facts would report every field, so the judges then stay
     * silent instead.
     */
    public static Optional<ProgramIndex> ofCurrentRun() {
        return Optional.ofNullable(Global.getAnalysisCache().getOptionalDatabase(ProgramIndex.class));
    }

    void addStore(OwnerStore store) {
        storesByClass.computeIfAbsent(store.method().className(), name -> new ConcurrentLinkedQueue<>()).add(store);
        storesByField.computeIfAbsent(store.field(), field -> new ConcurrentLinkedQueue<>()).add(store);
    }

    void addUse(FieldUse use) {
        usesByField.computeIfAbsent(use.field(), field -> new ConcurrentLinkedQueue<>()).add(use);
    }

    void addLifecycleEnd(LifecycleEnd end) {
        lifecycleEnds.put(end.className(), end);
    }

    /** The stores of newly created owners made by the code of one class (its methods and initialisers). */
    public List<OwnerStore> storesIn(String className) {
        return List.copyOf(storesByClass.getOrDefault(className, List.of()));
    }

    /** True when some method anywhere in the analysed program does {@code kind} with the field's value. */
    public boolean isUsedAnywhere(FieldId field, FieldUseKind kind) {
        return usesOf(field).stream().anyMatch(use -> use.kind() == kind);
    }

    /** True when some method anywhere in the analysed program calls one of {@code methods} on the field's value. */
    public boolean isCalledAnywhere(FieldId field, Set<String> methods) {
        return usesOf(field).stream().anyMatch(use -> use.callsOneOf(methods));
    }

    /** True when {@code method} does {@code kind} with the field's value. */
    public boolean isUsedIn(FieldId field, MethodId method, FieldUseKind kind) {
        return usesOf(field).stream().anyMatch(use -> use.method().equals(method) && use.kind() == kind);
    }

    /**
     * True when the method making the store does {@code kind} with the value the field held before the store: a
     * value read before it, used there or through a local copy later.
     */
    public boolean isOldValueUsed(OwnerStore store, FieldUseKind kind) {
        return usesOf(store.field()).stream().anyMatch(use -> isOldValueIn(store, use) && use.kind() == kind);
    }

    /**
     * True when the method making the store calls one of {@code methods} on the value the field held before the
     * store, directly or through a local copy ({@code old = pool; pool = ...; old.shutdown()}).
     */
    public boolean isOldValueCalled(OwnerStore store, Set<String> methods) {
        return usesOf(store.field()).stream().anyMatch(use -> isOldValueIn(store, use) && use.callsOneOf(methods));
    }

    /** True when a constructor or initialiser of any class stores a newly created owner of {@code kind} in the field. */
    public boolean hasInitializerStore(FieldId field, OwnerKind kind) {
        return storesOf(field).stream().anyMatch(store -> store.kind() == kind && store.inInitializer());
    }

    /** True when the field's own class (or a class nested in it) stores a newly created owner of {@code kind} in it. */
    public boolean isGivenNewOwnerByItsClass(FieldId field, OwnerKind kind) {
        return storesOf(field).stream().anyMatch(store -> store.kind() == kind && store.isMadeByTheFieldsClass());
    }

    /** The lifecycle end that an analysed class declares itself, if any. */
    public Optional<LifecycleEnd> lifecycleEndOf(String className) {
        return Optional.ofNullable(lifecycleEnds.get(className));
    }

    private static boolean isOldValueIn(OwnerStore store, FieldUse use) {
        return use.method().equals(store.method()) && use.readBefore(store.pc());
    }

    private Collection<OwnerStore> storesOf(FieldId field) {
        return storesByField.getOrDefault(field, List.of());
    }

    private Collection<FieldUse> usesOf(FieldId field) {
        return usesByField.getOrDefault(field, List.of());
    }
}
