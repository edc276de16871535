package io.github.leakhound.detectors.owner;

import edu.umd.cs.findbugs.ba.AnalysisContext;
import edu.umd.cs.findbugs.ba.CFG;
import edu.umd.cs.findbugs.ba.CFGBuilderException;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.Dataflow;
import edu.umd.cs.findbugs.ba.DataflowAnalysisException;
import edu.umd.cs.findbugs.ba.Location;
import io.github.leakhound.core.OwnerKind;
import io.github.leakhound.core.ThreadOwners;
import io.github.leakhound.detectors.index.OwnerCalls;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.MethodGen;

/**
 * Finds the thread owners of some kinds that the methods of a class create and then neither release on every
 * path, exceptional ones included, nor hand on. Each created owner is followed by an {@link OwnerFlowAnalysis}
 * over the method's control flow graph. An owner whose type must be started first (a {@code javax.swing.Timer})
 * counts only when the method starts it.
 */
public final class LocalOwnerLeaks {

    private final OwnerCalls ownerCalls;
    private final Set<OwnerKind> kinds;

    public LocalOwnerLeaks(ThreadOwners owners, Set<OwnerKind> kinds) {
        this.ownerCalls = new OwnerCalls(owners);
        this.kinds = EnumSet.copyOf(kinds);
    }

    /** The leaked owners of the class's methods, lambda bodies and initialisers. */
    public List<LeakedOwner> in(ClassContext classContext) {
        JavaClass javaClass = classContext.getJavaClass();
        if (!ownerCalls.mayCreateOwner(javaClass, kinds)) {
            return List.of();
        }
        List<LeakedOwner> leaks = new ArrayList<>();
        for (Method method : javaClass.getMethods()) {
            if (method.isAbstract() || method.isNative() || classContext.getMethodGen(method) == null) {
                continue;
            }
            try {
                leaks.addAll(analyse(classContext, method));
            } catch (CFGBuilderException | DataflowAnalysisException | RuntimeException e) {
                // One method SpotBugs cannot model must not cost the findings of the others.
                AnalysisContext.logError("leakhound cannot analyse " + javaClass.getClassName() + "." + method.getName()
                        + method.getSignature(), e);
            }
        }
        return leaks;
    }

    private List<LeakedOwner> analyse(ClassContext classContext, Method method)
            throws CFGBuilderException, DataflowAnalysisException {
        CFG cfg = classContext.getCFG(method);
        OwnerCallSites sites = new OwnerCallSites(classContext, method, cfg, ownerCalls);
        List<CreatedOwner> created = new ArrayList<>();
        for (Location location : cfg.locations()) {
            sites.creationAt(location).filter(owner -> kinds.contains(owner.kind())).ifPresent(created::add);
        }
        List<LeakedOwner> leaks = new ArrayList<>();
        MethodGen methodGen = classContext.getMethodGen(method);
        for (CreatedOwner owner : created) {
            Dataflow<OwnerFrame, OwnerFlowAnalysis> dataflow = new Dataflow<>(cfg,
                    new OwnerFlowAnalysis(methodGen, classContext.getDepthFirstSearch(method), sites, owner));
            dataflow.execute();
            if (dataflow.getResultFact(cfg.getExit()).state() == OwnerState.OPEN && isRunning(owner, sites, cfg, dataflow)) {
                leaks.add(new LeakedOwner(methodGen, owner.type(), owner.location().getHandle(),
                        OwnerVariables.firstVariable(method, cfg, dataflow)));
            }
        }
        return leaks;
    }

    /** True unless the owner's type must be started first and the method never starts it. */
    private static boolean isRunning(CreatedOwner owner, OwnerCallSites sites, CFG cfg,
            Dataflow<OwnerFrame, OwnerFlowAnalysis> dataflow) throws DataflowAnalysisException {
        if (!owner.type().needsStart()) {
            return true;
        }
        for (Location location : cfg.locations()) {
            if (sites.starts(owner, location.getHandle(), dataflow.getFactAtLocation(location))) {
                return true;
            }
        }
        return false;
    }
}
