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
 * The whole-program field facts: every field of the analysed program with every store, release, escape and
 * null check any file makes on it. A reference whose declaring class is unknown (or not in the program, such
 * as an inherited field) is matched by field name, a guess that prefers silence: a release, escape or null
 * check counts for every field of that name, a store only when exactly one field has that name.
 */
public final class ProgramIndex {

    private final Map<FieldKey, FieldFacts> fields;

    private ProgramIndex(Map<FieldKey, FieldFacts> fields) {
        this.fields = fields;
    }

    /** Merges the facts of every file. */
    public static ProgramIndex of(Collection<FileFacts> files) {
        Map<FieldKey, DeclaredField> declarations = new LinkedHashMap<>();
        for (FileFacts file : files) {
            file.fields().forEach(field -> declarations.putIfAbsent(field.key(), field));
        }
        Resolver resolver = new Resolver(declarations);
        Map<FieldKey, Builder> builders = new LinkedHashMap<>();
        declarations.forEach((key, declaration) -> builders.put(key, new Builder(declaration)));
        for (FileFacts file : files) {
            for (FieldStore store : file.stores()) {
                List<FieldKey> candidates = resolver.candidates(store.target());
                if (candidates.size() == 1) {
                    builders.get(candidates.get(0)).stores.add(store);
                }
            }
            addToAll(file.releases(), FieldRelease::target, resolver, builders, b -> b.releases);
            addToAll(file.escapes(), FieldEscape::target, resolver, builders, b -> b.escapes);
            addToAll(file.nullChecks(), FieldNullCheck::target, resolver, builders, b -> b.nullChecks);
        }
        Map<FieldKey, FieldFacts> facts = new LinkedHashMap<>();
        builders.forEach((key, builder) -> facts.put(key, builder.build()));
        return new ProgramIndex(facts);
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
        private final List<FieldRelease> releases = new ArrayList<>();
        private final List<FieldEscape> escapes = new ArrayList<>();
        private final List<FieldNullCheck> nullChecks = new ArrayList<>();

        Builder(DeclaredField declaration) {
            this.declaration = declaration;
        }

        FieldFacts build() {
            return new FieldFacts(declaration, stores, releases, escapes, nullChecks);
        }
    }
}
