package io.github.leakhound.rules.owner;

import io.github.leakhound.core.Location;
import io.github.leakhound.core.OwnerKind;
import io.github.leakhound.rules.index.FieldFacts;
import io.github.leakhound.rules.index.FieldStore;
import java.util.List;

/** Selections and locations of field stores shared by the field rules. */
public final class FieldStores {

    private FieldStores() {
    }

    /** The stores of newly created owners of {@code kind} into the field. */
    public static List<FieldStore> ofNewOwners(FieldFacts field, OwnerKind kind) {
        return field.stores().stream()
                .filter(store -> store.newOwner().filter(owner -> owner.kind() == kind).isPresent())
                .toList();
    }

    /** Where a finding about a store is reported: the assignment (the declarator for an inline initializer). */
    public static Location location(FieldStore store) {
        return new Location(store.member().sourcePath(), store.line(), store.column(), store.member().typeName(),
                store.member().name());
    }
}
