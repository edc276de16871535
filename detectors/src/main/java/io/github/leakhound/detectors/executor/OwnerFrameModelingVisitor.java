package io.github.leakhound.detectors.executor;

import edu.umd.cs.findbugs.ba.BasicBlock;
import edu.umd.cs.findbugs.ba.DataflowAnalysisException;
import edu.umd.cs.findbugs.ba.Location;
import edu.umd.cs.findbugs.ba.ResourceValue;
import edu.umd.cs.findbugs.ba.ResourceValueFrame;
import edu.umd.cs.findbugs.ba.ResourceValueFrameModelingVisitor;
import edu.umd.cs.findbugs.ba.vna.ValueNumberFrame;
import io.github.leakhound.detectors.index.OwnerCalls;
import org.apache.bcel.generic.CHECKCAST;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.INVOKEINTERFACE;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.INVOKEVIRTUAL;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InvokeInstruction;

/**
 * Models one instruction's effect on a tracked owner: where it is created (status OPEN, the new value marked
 * in the frame), released (CLOSED) or handed on (ESCAPED).
 *
 * <p>The superclass already treats a return, a field store and an array store of the owner as a hand-off.
 * This class adds the calls: passing the owner to a constructor or to any method that is not a known borrower
 * hands it on, and so does capturing it in a lambda or method reference; a call <em>on</em> the owner is a use.
 * A cast keeps the value (the superclass would count it as an escape).
 */
final class OwnerFrameModelingVisitor extends ResourceValueFrameModelingVisitor {

    private final OwnerResourceTracker tracker;
    private final CreatedOwner owner;
    private final OwnerCalls ownerCalls;

    OwnerFrameModelingVisitor(ConstantPoolGen cpg, OwnerResourceTracker tracker, CreatedOwner owner,
            OwnerCalls ownerCalls) {
        super(cpg);
        this.tracker = tracker;
        this.owner = owner;
        this.ownerCalls = ownerCalls;
    }

    @Override
    public void transferInstruction(InstructionHandle handle, BasicBlock basicBlock) throws DataflowAnalysisException {
        ResourceValueFrame frame = getFrame();
        Location here = new Location(handle, basicBlock);
        boolean creates = owner.isCreatedAt(here);
        boolean releases = !creates && tracker.isResourceClose(basicBlock, handle, getCPG(), owner, frame);

        analyzeInstruction(handle.getInstruction());

        if (creates) {
            markCreatedValue(frame, here);
            frame.setStatus(ResourceValueFrame.State.OPEN);
        } else if (releases) {
            frame.setStatus(ResourceValueFrame.State.CLOSED);
        }
    }

    private void markCreatedValue(ResourceValueFrame frame, Location creation) throws DataflowAnalysisException {
        if (!owner.isConstructed()) {
            frame.setValue(frame.getNumSlots() - 1, ResourceValue.instance());
            return;
        }
        // After "new T; dup; <args>; invokespecial T.<init>" the constructed object is wherever a copy of the
        // reference was kept (usually the top of the stack): follow its value number.
        ValueNumberFrame after = tracker.valueNumbers().getFactAfterLocation(creation);
        int slots = Math.min(after.getNumSlots(), frame.getNumSlots());
        for (int slot = 0; slot < slots; slot++) {
            if (after.getValue(slot).equals(owner.constructedObject())) {
                frame.setValue(slot, ResourceValue.instance());
            }
        }
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
            escapeIfPassed(call, 0);
        }
        handleNormalInstruction(call);
    }

    @Override
    public void visitCHECKCAST(CHECKCAST cast) {
        // A cast pops and pushes the same reference: the frame stays as it is.
    }

    private void handleCall(InvokeInstruction call, int receiverWords) {
        String className = OwnerResourceTracker.className(call, getCPG()).orElse("");
        if (!ownerCalls.borrows(className, call.getMethodName(getCPG()))) {
            escapeIfPassed(call, receiverWords);
        }
        handleNormalInstruction(call);
    }

    private void escapeIfPassed(InvokeInstruction call, int receiverWords) {
        ResourceValueFrame frame = getFrame();
        int firstArgument = frame.getNumSlots() - getNumWordsConsumed(call) + receiverWords;
        for (int slot = firstArgument; slot < frame.getNumSlots(); slot++) {
            if (frame.getValue(slot).isInstance()) {
                frame.setStatus(ResourceValueFrame.State.ESCAPED);
                return;
            }
        }
    }
}
