package io.github.leakhound.rules.executor;

import io.github.leakhound.core.Engine;
import io.github.leakhound.core.Finding;
import io.github.leakhound.core.OwnerKind;
import io.github.leakhound.core.Rule;
import io.github.leakhound.core.ThreadOwners;
import io.github.leakhound.rules.ProgramRule;
import io.github.leakhound.rules.index.FieldFacts;
import io.github.leakhound.rules.index.FieldCall;
import io.github.leakhound.rules.index.FieldStore;
import io.github.leakhound.rules.index.MemberId;
import io.github.leakhound.rules.index.MemberKind;
import io.github.leakhound.rules.index.ProgramIndex;
import io.github.leakhound.rules.owner.FieldStores;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reports LEAK_EXECUTOR_OVERWRITTEN: a method replaces the executor that a field was given at construction
 * with a new one, without releasing the old one first, letting it escape, or checking the field for null.
 */
public final class ExecutorOverwrittenRule implements ProgramRule {

    private static final Set<MemberKind> INITIALISATION = Set.of(MemberKind.CONSTRUCTOR, MemberKind.INITIALIZER,
            MemberKind.INLINE_INITIALIZER);

    private final ThreadOwners owners;

    public ExecutorOverwrittenRule(ThreadOwners owners) {
        this.owners = owners;
    }

    @Override
    public List<Finding> check(ProgramIndex index) {
        List<Finding> findings = new ArrayList<>();
        for (FieldFacts field : index.fields()) {
            List<FieldStore> newExecutors = FieldStores.ofNewOwners(field, OwnerKind.EXECUTOR);
            Optional<FieldStore> initial = newExecutors.stream()
                    .filter(store -> INITIALISATION.contains(store.memberKind()))
                    .filter(store -> store.member().typeName().equals(field.key().declaringType()))
                    .findFirst();
            if (initial.isEmpty()) {
                continue;
            }
            for (FieldStore store : newExecutors) {
                if (store.memberKind() == MemberKind.METHOD && !oldValueTakenCareOf(field, store)) {
                    findings.add(Finding.of(Rule.LEAK_EXECUTOR_OVERWRITTEN, FieldStores.location(store),
                            message(field, initial.get()), Engine.SOURCE));
                }
            }
        }
        return findings;
    }

    /**
     * True when the storing method releases the old value first (or through a copy taken before the store),
     * lets it escape, or compares the field with null (lazy initialisation or a guard).
     */
    private boolean oldValueTakenCareOf(FieldFacts field, FieldStore store) {
        MemberId method = store.member();
        boolean guarded = field.nullChecks().stream().anyMatch(check -> check.member().equals(method));
        boolean escapes = field.escapes().stream().anyMatch(escape -> escape.member().equals(method));
        boolean released = field.calls().stream()
                .filter(release -> release.member().equals(method))
                .filter(release -> owners.isRelease(OwnerKind.EXECUTOR, release.method()))
                .anyMatch(release -> release.throughLocalCopy() || isBefore(release, store));
        return guarded || escapes || released;
    }

    private static boolean isBefore(FieldCall release, FieldStore store) {
        return release.line() < store.line() || release.line() == store.line() && release.column() < store.column();
    }

    private static String message(FieldFacts field, FieldStore initial) {
        String name = field.key().name();
        String type = initial.newOwner().map(owner -> owner.typeWord()).orElse("ExecutorService");
        String article = "AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ";
        return "Field `" + name + "` already holds " + article + type + " (created on line " + initial.line()
                + ") and is assigned a new one here without shutting the old one down: the old executor's threads"
                + " keep running and nothing can reach them any more. Shut the old executor down before replacing"
                + " it, e.g. `" + type + " old = " + name + "; " + name + " = ...; old.shutdown();`.";
    }
}
