package io.github.leakhound.detectors.owner;

import edu.umd.cs.findbugs.ba.Location;
import edu.umd.cs.findbugs.ba.vna.ValueNumber;
import io.github.leakhound.core.OwnerKind;
import io.github.leakhound.core.ThreadOwnerType;
import java.util.Objects;

/**
 * A thread owner created inside the analysed method: the resource {@link LocalOwnerLeaks} tracks.
 *
 * @param location          the creating call ({@code Executors.newFixedThreadPool(4)} or the constructor call
 *                          of {@code new ThreadPoolExecutor(...)})
 * @param type              the type created: which rule reports it, what releases it, whether it needs a start
 * @param constructedObject for a constructor call, the value number of the object it initialises; {@code null}
 *                          for a factory, whose result is simply the value the call pushes
 */
record CreatedOwner(Location location, ThreadOwnerType type, ValueNumber constructedObject) {

    CreatedOwner {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(type, "type");
    }

    OwnerKind kind() {
        return type.kind();
    }

    boolean isCreatedAt(Location other) {
        return location.getHandle() == other.getHandle() && location.getBasicBlock() == other.getBasicBlock();
    }

    boolean isConstructed() {
        return constructedObject != null;
    }
}
