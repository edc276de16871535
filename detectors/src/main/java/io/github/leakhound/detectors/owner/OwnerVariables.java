package io.github.leakhound.detectors.owner;

import edu.umd.cs.findbugs.LocalVariableAnnotation;
import edu.umd.cs.findbugs.ba.CFG;
import edu.umd.cs.findbugs.ba.Dataflow;
import edu.umd.cs.findbugs.ba.DataflowAnalysisException;
import edu.umd.cs.findbugs.ba.Location;
import java.util.Optional;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ASTORE;

/** Finds the local variable a tracked owner is kept in, so that a report can name it. */
final class OwnerVariables {

    private OwnerVariables() {
    }

    /**
     * The first named local variable (in bytecode order) that the dataflow saw the owner stored in, or empty
     * when the owner is used without a variable or the class has no local variable table.
     */
    static Optional<LocalVariableAnnotation> firstVariable(Method method, CFG cfg,
            Dataflow<OwnerFrame, OwnerFlowAnalysis> dataflow) throws DataflowAnalysisException {
        LocalVariableAnnotation first = null;
        int firstOffset = Integer.MAX_VALUE;
        for (Location location : cfg.locations()) {
            int offset = location.getHandle().getPosition();
            if (location.getHandle().getInstruction() instanceof ASTORE store && offset < firstOffset
                    && dataflow.getFactAtLocation(location).ownerOnTop()) {
                LocalVariableAnnotation variable = LocalVariableAnnotation.getLocalVariableAnnotation(method, location, store);
                if (variable.isNamed()) {
                    first = variable;
                    firstOffset = offset;
                }
            }
        }
        return Optional.ofNullable(first);
    }
}
