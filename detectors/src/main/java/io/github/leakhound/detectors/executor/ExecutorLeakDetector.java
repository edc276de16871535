package io.github.leakhound.detectors.executor;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.LocalVariableAnnotation;
import edu.umd.cs.findbugs.ResourceTrackingDetector;
import edu.umd.cs.findbugs.ba.AnalysisContext;
import edu.umd.cs.findbugs.ba.CFG;
import edu.umd.cs.findbugs.ba.CFGBuilderException;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.Dataflow;
import edu.umd.cs.findbugs.ba.DataflowAnalysisException;
import edu.umd.cs.findbugs.ba.ResourceValueAnalysis;
import edu.umd.cs.findbugs.ba.ResourceValueFrame;
import io.github.leakhound.core.Rule;
import io.github.leakhound.core.ThreadOwners;
import io.github.leakhound.detectors.index.OwnerCalls;
import java.util.Optional;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.MethodGen;

/**
 * Reports LEAK_EXECUTOR_NOT_SHUTDOWN (executors) and LEAK_THREAD_OWNER_NOT_CLOSED (HttpClient): a thread owner
 * created in a method that is neither released on every path, exceptional ones included, nor handed on.
 *
 * <p>Built on SpotBugs' resource tracking: {@link ResourceValueAnalysis} follows each created owner over the
 * control flow graph, exception edges included. Its merge keeps the weakest state, so "handed on" on any path
 * wins (the new owner takes over), then "open" on any path (a leak), then "released". try-with-resources and
 * {@code finally} compile to a release on the normal path and another on the exception path, so both stay
 * silent; a release after a call that can throw is reported, because the call's exception edge skips it.
 */
public final class ExecutorLeakDetector extends ResourceTrackingDetector<CreatedOwner, OwnerResourceTracker> {

    private final OwnerCalls ownerCalls = new OwnerCalls(ThreadOwners.defaults());

    public ExecutorLeakDetector(BugReporter bugReporter) {
        super(bugReporter);
    }

    @Override
    public void visitClassContext(ClassContext classContext) {
        if (ownerCalls.mayCreateOwner(classContext.getJavaClass())) {
            super.visitClassContext(classContext);
        }
    }

    @Override
    public boolean prescreen(ClassContext classContext, Method method, boolean mightClose) {
        // An owner that is never released is the very leak we look for: release calls do not matter here.
        return classContext.getMethodGen(method) != null;
    }

    @Override
    public OwnerResourceTracker getResourceTracker(ClassContext classContext, Method method) throws CFGBuilderException {
        return new OwnerResourceTracker(classContext, method, classContext.getCFG(method), ownerCalls);
    }

    @Override
    public void inspectResult(ClassContext classContext, MethodGen methodGen, CFG cfg,
            Dataflow<ResourceValueFrame, ResourceValueAnalysis<CreatedOwner>> dataflow, CreatedOwner owner) {
        ResourceValueFrame.State atExit = dataflow.getResultFact(cfg.getExit()).getStatus();
        if (atExit != ResourceValueFrame.State.OPEN && atExit != ResourceValueFrame.State.OPEN_ON_EXCEPTION_PATH) {
            return;
        }
        Rule rule = owner.kind().localLeakRule();
        String sourceFile = classContext.getJavaClass().getSourceFileName();
        Optional<LocalVariableAnnotation> variable = variableOf(classContext.getMethod(methodGen), cfg, dataflow);
        BugInstance bug = new BugInstance(this, rule.id(), rule.severity().spotBugsPriority())
                .addClassAndMethod(methodGen, sourceFile)
                .addString(owner.typeName() + variable.map(name -> " `" + name.getName() + "`").orElse(""))
                .addSourceLine(classContext, methodGen, sourceFile, owner.location().getHandle());
        variable.ifPresent(bug::add);
        bugReporter.reportBug(bug);
    }

    private static Optional<LocalVariableAnnotation> variableOf(Method method, CFG cfg,
            Dataflow<ResourceValueFrame, ResourceValueAnalysis<CreatedOwner>> dataflow) {
        try {
            return OwnerVariables.firstVariable(method, cfg, dataflow);
        } catch (DataflowAnalysisException e) {
            // The leak stands; only the variable's name is lost.
            AnalysisContext.logError("Cannot name the variable of a leaked owner in " + method, e);
            return Optional.empty();
        }
    }
}
