package io.github.leakhound.rules.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The whole-program facts: every field of the analysed program with every store, lifecycle call, escape and
 * null check any file makes on it, and every periodic task a file starts. A reference whose declaring class is
 * unknown (or not in the program, such as an inherited field) is matched by field name, a guess that prefers
 * silence: a call, escape or null check counts for every field of that name, a store only when exactly one
 * field has that name.
 */
public final class ProgramIndex {

    private final Map<FieldKey, FieldFacts> fields;
    private final Resolver resolver;
    private final List<PeriodicTask> periodicTasks;

    private ProgramIndex(Map<FieldKey, FieldFacts> fields, Resolver resolver, List<PeriodicTask> periodicTasks) {
        this.fields = fields;
        this.resolver = resolver;
        this.periodicTasks = List.copyOf(periodicTasks);
    }

    /** Merges the facts of every file. */
    public static ProgramIndex of(Collection<FileFacts> files) {
        Map<FieldKey, DeclaredField> declarations = new LinkedHashMap<>();
        for (FileFacts file : files) {
            file.fields().forEach(field -> declarations.putIfAbsent(field.key(), field));
        }
        Resolver resolver = new Resolver(declarations);
        Map<FieldKey, Builder> builders = new LinkedHashMap<>();
        List<PeriodicTask> periodicTasks = new ArrayList<>();
        declarations.forEach((key, declaration) -> builders.put(key, new Builder(declaration)));
        for (FileFacts file : files) {
            for (FieldStore store : file.stores()) {
                List<FieldKey> candidates = resolver.candidates(store.target());
                if (candidates.size() == 1) {
                    builders.get(candidates.get(0)).stores.add(store);
                }
            }
            addToAll(file.calls(), FieldCall::target, resolver, builders, b -> b.calls);
            addToAll(file.escapes(), FieldEscape::target, resolver, builders, b -> b.escapes);
            addToAll(file.nullChecks(), FieldNullCheck::target, resolver, builders, b -> b.nullChecks);
            periodicTasks.addAll(file.periodicTasks());
        }
        Map<FieldKey, FieldFacts> facts = new LinkedHashMap<>();
        builders.forEach((key, builder) -> facts.put(key, builder.build()));
        return new ProgramIndex(facts, resolver, periodicTasks);
    }

    private static <T> void addToAll(List<T> facts, Function<T, FieldRef> target, Resolver resolver,
            Map<FieldKey, Builder> builders, Function<Builder, List<T>> list) {
        for (T fact : facts) {
            for (FieldKey key : resolver.candidates(target.apply(fact))) {
                list.apply(builders.get(key)).add(fact);
            }
        }
    }

    /** Every field of the analysed program, in file order. */
    public Collection<FieldFacts> fields() {
        return fields.values();
    }

    /** The facts of one field, if the program declares it. */
    public Optional<FieldFacts> field(FieldKey key) {
        return Optional.ofNullable(fields.get(key));
    }

    /**
     * The fields a reference may denote: the one it names when the program declares it, otherwise every field
     * of that name (the same guess as for calls and escapes).
     */
    public List<FieldFacts> fieldsReferredBy(FieldRef reference) {
        return resolver.candidates(reference).stream().map(fields::get).toList();
    }

    /** Every periodic task the files start, in file order. */
    public List<PeriodicTask> periodicTasks() {
        return periodicTasks;
    }

    private static final class Resolver {
        private final Map<FieldKey, DeclaredField> declarations;
        private final Map<String, List<FieldKey>> byName = new HashMap<>();

        Resolver(Map<FieldKey, DeclaredField> declarations) {
            this.declarations = declarations;
            declarations.keySet().forEach(key -> byName.computeIfAbsent(key.name(), n -> new ArrayList<>()).add(key));
        }

        List<FieldKey> candidates(FieldRef ref) {
            if (ref.declaringType().isPresent()) {
                FieldKey exact = new FieldKey(ref.declaringType().get(), ref.name());
                if (declarations.containsKey(exact)) {
                    return List.of(exact);
                }
            }
            return byName.getOrDefault(ref.name(), List.of());
        }
    }

    private static final class Builder {
        private final DeclaredField declaration;
        private final List<FieldStore> stores = new ArrayList<>();
        private final List<FieldCall> calls = new ArrayList<>();
        private final List<FieldEscape> escapes = new ArrayList<>();
        private final List<FieldNullCheck> nullChecks = new ArrayList<>();

        Builder(DeclaredField declaration) {
            this.declaration = declaration;
        }

        FieldFacts build() {
            return new FieldFacts(declaration, stores, calls, escapes, nullChecks);
        }
    }
}
