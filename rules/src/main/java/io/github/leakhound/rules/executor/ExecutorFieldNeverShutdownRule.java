package io.github.leakhound.rules.executor;

import io.github.leakhound.core.Engine;
import io.github.leakhound.core.Finding;
import io.github.leakhound.core.OwnerKind;
import io.github.leakhound.core.Rule;
import io.github.leakhound.core.ThreadOwners;
import io.github.leakhound.rules.ProgramRule;
import io.github.leakhound.rules.index.FieldFacts;
import io.github.leakhound.rules.index.FieldStore;
import io.github.leakhound.rules.index.ProgramIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN: a field assigned a newly created executor that nothing in the
 * analysed program ever releases and whose value never escapes to code that could.
 */
public final class ExecutorFieldNeverShutdownRule implements ProgramRule {

    private final ThreadOwners owners;

    public ExecutorFieldNeverShutdownRule(ThreadOwners owners) {
        this.owners = owners;
    }

    @Override
    public List<Finding> check(ProgramIndex index) {
        List<Finding> findings = new ArrayList<>();
        for (FieldFacts field : index.fields()) {
            List<FieldStore> newExecutors = FieldStores.ofNewOwners(field, OwnerKind.EXECUTOR);
            boolean released = field.releases().stream()
                    .anyMatch(release -> owners.isRelease(OwnerKind.EXECUTOR, release.method()));
            if (newExecutors.isEmpty() || released || !field.escapes().isEmpty()) {
                continue;
            }
            for (FieldStore store : newExecutors) {
                findings.add(Finding.of(Rule.LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN, FieldStores.location(store),
                        message(field, store), Engine.SOURCE));
            }
        }
        return findings;
    }

    private static String message(FieldFacts field, FieldStore store) {
        String type = store.newOwner().map(owner -> owner.typeWord()).orElse("ExecutorService");
        String how = store.newOwner().map(owner -> " (" + owner.howCreated() + ")").orElse("");
        return "Field `" + field.key().name() + "` is assigned a new " + type + how + " here, but nothing in the"
                + " analysed program ever shuts it down and it never escapes to code that could: its threads keep"
                + " running after the " + (field.declaration().isStatic() ? "class is" : "object is")
                + " no longer used. Shut it down in the class's close()/stop() method (implement AutoCloseable)"
                + " or in a @PreDestroy method.";
    }
}
