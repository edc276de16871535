package io.github.leakhound.detectors.owner;

import edu.umd.cs.findbugs.ba.AbstractFrameModelingVisitor;
import edu.umd.cs.findbugs.ba.DataflowAnalysisException;
import edu.umd.cs.findbugs.ba.Location;
import edu.umd.cs.findbugs.ba.vna.ValueNumberFrame;
import io.github.leakhound.detectors.index.OwnerCalls;
import org.apache.bcel.generic.AASTORE;
import org.apache.bcel.generic.ARETURN;
import org.apache.bcel.generic.CHECKCAST;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.INVOKEINTERFACE;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.INVOKEVIRTUAL;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.PUTFIELD;
import org.apache.bcel.generic.PUTSTATIC;

/**
 * Models one instruction's effect on a tracked owner: where it is created (OPEN, its value marked in the
 * frame), released (RELEASED) or handed on (HANDED_ON). A hand-off is a return, a store into a field or an
 * array, passing the owner to a constructor or to a method that is not a known borrower, or capturing it in a
 * lambda or method reference; a call <em>on</em> the owner is a use, and a cast keeps the value.
 */
final class OwnerFrameModelingVisitor extends AbstractFrameModelingVisitor<SlotValue, OwnerFrame> {

    private final OwnerCallSites sites;
    private final CreatedOwner owner;

    OwnerFrameModelingVisitor(OwnerCallSites sites, CreatedOwner owner) {
        super(sites.cpg());
        this.sites = sites;
        this.owner = owner;
    }

    @Override
    public SlotValue getDefaultValue() {
        return SlotValue.OTHER;
    }

    /** Models the instruction at the location set by {@code setFrameAndLocation}. */
    void model(InstructionHandle handle) throws DataflowAnalysisException {
        OwnerFrame frame = getFrame();
        boolean creates = owner.isCreatedAt(getLocation());
        boolean releases = !creates && sites.releases(owner, handle, frame);

        analyzeInstruction(handle.getInstruction());

        if (creates) {
            markCreatedValue(frame, getLocation());
            frame.setState(OwnerState.OPEN);
        } else if (releases) {
            frame.setState(OwnerState.RELEASED);
        }
    }

    private void markCreatedValue(OwnerFrame frame, Location creation) throws DataflowAnalysisException {
        if (!owner.isConstructed()) {
            frame.setValue(frame.getNumSlots() - 1, SlotValue.TRACKED_OWNER);
            return;
        }
        // After "new T; dup; <args>; invokespecial T.<init>" the constructed object is wherever a copy of the
        // reference was kept (usually the top of the stack): follow its value number.
        ValueNumberFrame after = sites.valueNumbers().getFactAfterLocation(creation);
        int slots = Math.min(after.getNumSlots(), frame.getNumSlots());
        for (int slot = 0; slot < slots; slot++) {
            if (after.getValue(slot).equals(owner.constructedObject())) {
                frame.setValue(slot, SlotValue.TRACKED_OWNER);
            }
        }
    }

    @Override
    public void visitARETURN(ARETURN instruction) {
        handOffIfOnTop(instruction);
    }

    @Override
    public void visitPUTFIELD(PUTFIELD instruction) {
        handOffIfOnTop(instruction);
    }

    @Override
    public void visitPUTSTATIC(PUTSTATIC instruction) {
        handOffIfOnTop(instruction);
    }

    @Override
    public void visitAASTORE(AASTORE instruction) {
        handOffIfOnTop(instruction);
    }

    @Override
    public void visitCHECKCAST(CHECKCAST cast) {
        // A cast pops and pushes the same reference: the frame stays as it is.
    }

    @Override
    public void visitINVOKEVIRTUAL(INVOKEVIRTUAL call) {
        handleCall(call, 1);
    }

    @Override
    public void visitINVOKEINTERFACE(INVOKEINTERFACE call) {
        handleCall(call, 1);
    }

    @Override
    public void visitINVOKESPECIAL(INVOKESPECIAL call) {
        handleCall(call, 1);
    }

    @Override
    public void visitINVOKESTATIC(INVOKESTATIC call) {
        handleCall(call, 0);
    }

    @Override
    public void visitINVOKEDYNAMIC(INVOKEDYNAMIC call) {
        // A lambda or method reference that captures the owner may run, store or pass it on at any time, so
        // any capture counts as a hand-off; string concatenation only formats it.
        if (!OwnerCalls.isStringConcatenation(call.getMethodName(getCPG()))) {
            handOffIfPassed(call, 0);
        }
        handleNormalInstruction(call);
    }

    private void handOffIfOnTop(Instruction instruction) {
        if (getFrame().ownerOnTop()) {
            getFrame().setState(OwnerState.HANDED_ON);
        }
        handleNormalInstruction(instruction);
    }

    private void handleCall(InvokeInstruction call, int receiverWords) {
        String className = sites.className(call).orElse("");
        if (!sites.ownerCalls().borrows(className, call.getMethodName(getCPG()))) {
            handOffIfPassed(call, receiverWords);
        }
        handleNormalInstruction(call);
    }

    private void handOffIfPassed(InvokeInstruction call, int receiverWords) {
        OwnerFrame frame = getFrame();
        int firstArgument = frame.getNumSlots() - getNumWordsConsumed(call) + receiverWords;
        for (int slot = Math.max(firstArgument, frame.getNumLocals()); slot < frame.getNumSlots(); slot++) {
            if (frame.getValue(slot) == SlotValue.TRACKED_OWNER) {
                frame.setState(OwnerState.HANDED_ON);
                return;
            }
        }
    }
}
