package io.github.leakhound.rules.owner;

import io.github.leakhound.core.Engine;
import io.github.leakhound.core.Finding;
import io.github.leakhound.core.OwnerKind;
import io.github.leakhound.core.Rule;
import io.github.leakhound.core.ThreadOwnerType;
import io.github.leakhound.rules.ProgramRule;
import io.github.leakhound.rules.index.FieldFacts;
import io.github.leakhound.rules.index.FieldStore;
import io.github.leakhound.rules.index.NewOwner;
import io.github.leakhound.rules.index.ProgramIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reports the field leak rule of each owner kind ({@code kind.fieldLeakRule()}): LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN
 * and LEAK_TIMER_NOT_CANCELLED, for a field assigned a newly created owner that nothing in the analysed program
 * ever releases and whose value never escapes to code that could.
 */
public final class OwnerFieldNeverReleasedRule implements ProgramRule {

    @Override
    public List<Finding> check(ProgramIndex index) {
        List<Finding> findings = new ArrayList<>();
        for (FieldFacts field : index.fields()) {
            if (!field.escapes().isEmpty()) {
                continue;
            }
            for (OwnerKind kind : OwnerKind.values()) {
                Optional<Rule> rule = kind.fieldLeakRule();
                if (rule.isPresent()) {
                    judge(field, kind, rule.get(), findings);
                }
            }
        }
        return findings;
    }

    private static void judge(FieldFacts field, OwnerKind kind, Rule rule, List<Finding> findings) {
        // An owner that needs starting (a javax.swing.Timer) owns nothing until some code starts the field's value.
        List<FieldStore> owning = FieldStores.ofNewOwners(field, kind).stream()
                .filter(store -> isStarted(field, store.newOwner().orElseThrow().type()))
                .toList();
        Set<String> releaseMethods = new HashSet<>();
        owning.forEach(store -> releaseMethods.addAll(store.newOwner().orElseThrow().type().releaseMethods()));
        if (owning.isEmpty() || field.isCalled(releaseMethods)) {
            return;
        }
        for (FieldStore store : owning) {
            findings.add(new Finding(rule, kind.fieldLeakSeverity(), FieldStores.location(store),
                    message(field, store.newOwner().orElseThrow()), Set.of(Engine.SOURCE)));
        }
    }

    private static boolean isStarted(FieldFacts field, ThreadOwnerType type) {
        return !type.needsStart() || field.isCalled(type.startMethods());
    }

    private static String message(FieldFacts field, NewOwner owner) {
        OwnerWords words = OwnerWords.of(owner.type());
        return "Field `" + field.key().name() + "` is assigned a new " + owner.typeWord() + " ("
                + owner.howCreated() + ") here, but nothing in the analysed program ever " + words.releasesIt()
                + " and it never escapes to code that could: " + words.fieldConsequence() + " after the "
                + (field.declaration().isStatic() ? "class is" : "object is") + " no longer used. "
                + words.releaseIt() + " in the class's close()/stop() method (implement AutoCloseable) or in a"
                + " @PreDestroy method.";
    }
}
