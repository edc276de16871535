package io.github.leakhound.detectors.owner;

import edu.umd.cs.findbugs.ba.Frame;

/** A frame of {@link SlotValue}s (which slots hold the tracked owner) plus the owner's {@link OwnerState}. */
final class OwnerFrame extends Frame<SlotValue> {

    private OwnerState state = OwnerState.ABSENT;

    OwnerFrame(int numLocals) {
        super(numLocals);
    }

    OwnerState state() {
        return state;
    }

    void setState(OwnerState state) {
        this.state = state;
    }

    /** True when the top of the stack holds the tracked owner. */
    boolean ownerOnTop() {
        return getStackDepth() > 0 && getValue(getNumSlots() - 1) == SlotValue.TRACKED_OWNER;
    }

    @Override
    public boolean sameAs(Frame<SlotValue> other) {
        return super.sameAs(other) && state == ((OwnerFrame) other).state;
    }

    @Override
    public void copyFrom(Frame<SlotValue> other) {
        super.copyFrom(other);
        state = ((OwnerFrame) other).state;
    }

    @Override
    public String toString() {
        return super.toString() + "(" + state + ")";
    }
}
