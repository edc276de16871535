package io.github.leakhound.detectors.executor;

import edu.umd.cs.findbugs.ba.Location;
import edu.umd.cs.findbugs.ba.vna.ValueNumber;
import io.github.leakhound.core.OwnerKind;
import java.util.Objects;

/**
 * A thread owner created inside the analysed method: the resource {@link ExecutorLeakDetector} tracks.
 *
 * @param location          the creating call ({@code Executors.newFixedThreadPool(4)} or the constructor call
 *                          of {@code new ThreadPoolExecutor(...)})
 * @param kind              which rule reports it
 * @param typeName          simple name of the created type, as messages show it ({@code ExecutorService})
 * @param constructedObject for a constructor call, the value number of the object it initialises; {@code null}
 *                          for a factory, whose result is simply the value the call pushes
 */
record CreatedOwner(Location location, OwnerKind kind, String typeName, ValueNumber constructedObject) {

    CreatedOwner {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(typeName, "typeName");
    }

    boolean isCreatedAt(Location other) {
        return location.getHandle() == other.getHandle() && location.getBasicBlock() == other.getBasicBlock();
    }

    boolean isConstructed() {
        return constructedObject != null;
    }
}
