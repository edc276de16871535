package io.github.leakhound.rules.timer;

import io.github.leakhound.core.Engine;
import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Location;
import io.github.leakhound.core.OwnerKind;
import io.github.leakhound.core.PeriodicTasks;
import io.github.leakhound.core.Rule;
import io.github.leakhound.rules.ProgramRule;
import io.github.leakhound.rules.index.FieldFacts;
import io.github.leakhound.rules.index.FieldRef;
import io.github.leakhound.rules.index.FieldStore;
import io.github.leakhound.rules.index.PeriodicTask;
import io.github.leakhound.rules.index.ProgramIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reports LEAK_PERIODIC_TASK_NOT_CANCELLED: a periodic task started on an executor the class does not own, in a
 * class with a lifecycle end, whose ScheduledFuture is dropped or never cancelled anywhere in the program.
 */
public final class PeriodicTaskNotCancelledRule implements ProgramRule {

    private static final Set<String> CANCEL = Set.of(PeriodicTasks.cancelMethod());

    @Override
    public List<Finding> check(ProgramIndex index) {
        List<Finding> findings = new ArrayList<>();
        for (PeriodicTask task : index.periodicTasks()) {
            boolean ownedExecutor = task.schedulerField()
                    .map(field -> isGivenNewExecutorByItsClass(index, field))
                    .orElse(false);
            boolean futureTakenCareOf = task.future() instanceof PeriodicTask.StoredInField stored
                    && isCancelledOrHandedOn(index, stored.field());
            if (!ownedExecutor && !futureTakenCareOf) {
                Location location = new Location(task.member().sourcePath(), task.line(), task.column(),
                        task.member().typeName(), task.member().name());
                findings.add(Finding.of(Rule.LEAK_PERIODIC_TASK_NOT_CANCELLED, location, message(task),
                        Engine.SOURCE));
            }
        }
        return findings;
    }

    /**
     * True when the class declaring the receiver field (or a class nested in it) stores a newly created executor
     * in it: the executor is the class's own. A field the program does not declare is not known: owned, silent.
     */
    private static boolean isGivenNewExecutorByItsClass(ProgramIndex index, FieldRef reference) {
        List<FieldFacts> candidates = index.fieldsReferredBy(reference);
        return candidates.isEmpty() || candidates.stream().anyMatch(field -> field.stores().stream()
                .filter(store -> store.newOwner().filter(owner -> owner.kind() == OwnerKind.EXECUTOR).isPresent())
                .anyMatch(store -> isCodeOf(store, field.key().declaringType())));
    }

    private static boolean isCodeOf(FieldStore store, String type) {
        String storingType = store.member().typeName();
        return storingType.equals(type) || storingType.startsWith(type + "$");
    }

    /** True when some code cancels the future field, or its value escapes to code that may; unknown: silent. */
    private static boolean isCancelledOrHandedOn(ProgramIndex index, FieldRef reference) {
        List<FieldFacts> candidates = index.fieldsReferredBy(reference);
        return candidates.isEmpty()
                || candidates.stream().anyMatch(field -> field.isCalled(CANCEL) || !field.escapes().isEmpty());
    }

    private static String message(PeriodicTask task) {
        String end = task.lifecycleEnd();
        String why;
        String fix;
        if (task.future() instanceof PeriodicTask.StoredInField stored) {
            why = "nothing in the analysed program cancels the ScheduledFuture kept in field `" + stored.field().name()
                    + "`";
            fix = "Cancel `" + stored.field().name() + "` in " + end + ".";
        } else if (task.future() instanceof PeriodicTask.KeptInLocal local) {
            why = "its ScheduledFuture `" + local.variable() + "` is neither cancelled nor kept";
            fix = "Keep the ScheduledFuture in a field and cancel it in " + end + ".";
        } else {
            why = "the ScheduledFuture it returns is dropped";
            fix = "Keep the ScheduledFuture in a field and cancel it in " + end + ".";
        }
        return "Periodic task scheduled here on `" + task.scheduler() + "`, an executor this class does not own, is"
                + " never cancelled: " + why + ", so the task keeps running, and keeps this object reachable, after "
                + end + ". " + fix;
    }
}
