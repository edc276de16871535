package io.github.leakhound.detectors.owner;

import edu.umd.cs.findbugs.ba.BasicBlock;
import edu.umd.cs.findbugs.ba.DataflowAnalysisException;
import edu.umd.cs.findbugs.ba.DepthFirstSearch;
import edu.umd.cs.findbugs.ba.Edge;
import edu.umd.cs.findbugs.ba.EdgeTypes;
import edu.umd.cs.findbugs.ba.FrameDataflowAnalysis;
import edu.umd.cs.findbugs.ba.Location;
import org.apache.bcel.generic.IFNONNULL;
import org.apache.bcel.generic.IFNULL;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.MethodGen;

/**
 * Forward dataflow over the control flow graph, exception edges included, that follows one created owner to
 * the method's exit: which slots hold it, and its {@link OwnerState}. The owner leaks when the state at the
 * exit is {@link OwnerState#OPEN}.
 *
 * <p>It follows SpotBugs' {@code ResourceValueAnalysis}, which leakhound cannot use itself: that class changed
 * its API in SpotBugs 4.9.4, and the plugin has to run in 4.9.0 (IntelliJ) as well as in 4.9.8 (Maven).
 * try-with-resources and {@code finally} compile to a release on the normal path and another on the exception
 * path, so both end RELEASED; a release placed after a call that can throw is reported, because that call's
 * exception edge bypasses it.
 */
final class OwnerFlowAnalysis extends FrameDataflowAnalysis<SlotValue, OwnerFrame> implements EdgeTypes {

    private final MethodGen methodGen;
    private final OwnerCallSites sites;
    private final CreatedOwner owner;
    private final OwnerFrameModelingVisitor visitor;

    OwnerFlowAnalysis(MethodGen methodGen, DepthFirstSearch dfs, OwnerCallSites sites, CreatedOwner owner) {
        super(dfs);
        this.methodGen = methodGen;
        this.sites = sites;
        this.owner = owner;
        this.visitor = new OwnerFrameModelingVisitor(sites, owner);
    }

    @Override
    public OwnerFrame createFact() {
        OwnerFrame fact = new OwnerFrame(methodGen.getMaxLocals());
        fact.setTop();
        return fact;
    }

    @Override
    public void initEntryFact(OwnerFrame entry) {
        entry.setValid();
        entry.clearStack();
        for (int slot = 0; slot < entry.getNumSlots(); slot++) {
            entry.setValue(slot, SlotValue.OTHER);
        }
        entry.setState(OwnerState.ABSENT);
    }

    @Override
    public void transferInstruction(InstructionHandle handle, BasicBlock basicBlock, OwnerFrame fact)
            throws DataflowAnalysisException {
        visitor.setFrameAndLocation(fact, new Location(handle, basicBlock));
        visitor.model(handle);
    }

    @Override
    public void meetInto(OwnerFrame fact, Edge edge, OwnerFrame result) throws DataflowAnalysisException {
        OwnerFrame incoming = fact;
        if (edge.isExceptionEdge()) {
            if (!sites.countsExceptionEdge(edge)) {
                return;
            }
            incoming = alongExceptionEdge(fact, edge);
        } else if (fact.isValid() && isNullBranch(edge)) {
            // On the branch where the variable is null there is nothing to release (if (pool != null) ...).
            incoming = modifyFrame(fact, null);
            incoming.setState(OwnerState.ABSENT);
        }
        mergeInto(incoming, result);
    }

    private OwnerFrame alongExceptionEdge(OwnerFrame fact, Edge edge) throws DataflowAnalysisException {
        if (!fact.isValid()) {
            return fact;
        }
        OwnerFrame thrown = modifyFrame(fact, null);
        // The fact leaving an exception-thrower block is the one before the throwing instruction. A release
        // that throws still counts: there is nothing more the code could have done.
        InstructionHandle thrower = edge.getSource().getExceptionThrower();
        if (thrower != null && sites.releases(owner, thrower, fact)) {
            thrown.setState(OwnerState.RELEASED);
        }
        if (edge.getTarget().isExceptionHandler()) {
            thrown.clearStack();
            thrown.pushValue(SlotValue.OTHER);
        }
        return thrown;
    }

    /** True for the edge taken when the value tested by an {@code ifnull}/{@code ifnonnull} is the null owner. */
    private boolean isNullBranch(Edge edge) throws DataflowAnalysisException {
        int type = edge.getType();
        InstructionHandle last = edge.getSource().getLastInstruction();
        if (last == null || type != IFCMP_EDGE && type != FALL_THROUGH_EDGE) {
            return false;
        }
        Instruction test = last.getInstruction();
        boolean nullBranch = test instanceof IFNULL && type == IFCMP_EDGE
                || test instanceof IFNONNULL && type == FALL_THROUGH_EDGE;
        return nullBranch && getFactAtLocation(new Location(last, edge.getSource())).ownerOnTop();
    }

    @Override
    protected void mergeInto(OwnerFrame other, OwnerFrame result) throws DataflowAnalysisException {
        boolean resultWasTop = result.isTop();
        super.mergeInto(other, result);
        // The state is kept apart from the slots: at the exit, frames of different stack depths meet and the
        // slots become "bottom", but the state still merges.
        if (!resultWasTop && !other.isTop()) {
            result.setState(OwnerState.merge(result.state(), other.state()));
        }
    }

    @Override
    protected void mergeValues(OwnerFrame otherFrame, OwnerFrame resultFrame, int slot) {
        resultFrame.setValue(slot, SlotValue.merge(resultFrame.getValue(slot), otherFrame.getValue(slot)));
    }
}
