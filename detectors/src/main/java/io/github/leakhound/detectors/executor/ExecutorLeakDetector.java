package io.github.leakhound.detectors.executor;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.Detector;
import edu.umd.cs.findbugs.LocalVariableAnnotation;
import edu.umd.cs.findbugs.ba.AnalysisContext;
import edu.umd.cs.findbugs.ba.CFG;
import edu.umd.cs.findbugs.ba.CFGBuilderException;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.Dataflow;
import edu.umd.cs.findbugs.ba.DataflowAnalysisException;
import edu.umd.cs.findbugs.ba.Location;
import io.github.leakhound.core.Rule;
import io.github.leakhound.core.ThreadOwners;
import io.github.leakhound.detectors.index.OwnerCalls;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.MethodGen;

/**
 * Reports LEAK_EXECUTOR_NOT_SHUTDOWN (executors) and LEAK_THREAD_OWNER_NOT_CLOSED (HttpClient): a thread owner
 * created in a method that is neither released on every path, exceptional ones included, nor handed on.
 * Each created owner is followed by an {@link OwnerFlowAnalysis} over the method's control flow graph.
 */
public final class ExecutorLeakDetector implements Detector {

    private final BugReporter bugReporter;
    private final OwnerCalls ownerCalls = new OwnerCalls(ThreadOwners.defaults());

    public ExecutorLeakDetector(BugReporter bugReporter) {
        this.bugReporter = bugReporter;
    }

    @Override
    public void visitClassContext(ClassContext classContext) {
        JavaClass javaClass = classContext.getJavaClass();
        if (!ownerCalls.mayCreateOwner(javaClass)) {
            return;
        }
        for (Method method : javaClass.getMethods()) {
            if (method.isAbstract() || method.isNative() || classContext.getMethodGen(method) == null) {
                continue;
            }
            try {
                analyse(classContext, method);
            } catch (CFGBuilderException | DataflowAnalysisException | RuntimeException e) {
                // One method SpotBugs cannot model must not cost the findings of the others.
                AnalysisContext.logError("leakhound cannot analyse " + javaClass.getClassName() + "." + method.getName()
                        + method.getSignature(), e);
            }
        }
    }

    private void analyse(ClassContext classContext, Method method) throws CFGBuilderException, DataflowAnalysisException {
        CFG cfg = classContext.getCFG(method);
        OwnerCallSites sites = new OwnerCallSites(classContext, method, cfg, ownerCalls);
        List<CreatedOwner> created = new ArrayList<>();
        for (Location location : cfg.locations()) {
            sites.creationAt(location).ifPresent(created::add);
        }
        for (CreatedOwner owner : created) {
            MethodGen methodGen = classContext.getMethodGen(method);
            Dataflow<OwnerFrame, OwnerFlowAnalysis> dataflow = new Dataflow<>(cfg,
                    new OwnerFlowAnalysis(methodGen, classContext.getDepthFirstSearch(method), sites, owner));
            dataflow.execute();
            if (dataflow.getResultFact(cfg.getExit()).state() == OwnerState.OPEN) {
                report(classContext, methodGen, owner, OwnerVariables.firstVariable(method, cfg, dataflow));
            }
        }
    }

    private void report(ClassContext classContext, MethodGen methodGen, CreatedOwner owner,
            Optional<LocalVariableAnnotation> variable) {
        Rule rule = owner.kind().localLeakRule();
        String sourceFile = classContext.getJavaClass().getSourceFileName();
        BugInstance bug = new BugInstance(this, rule.id(), rule.severity().spotBugsPriority())
                .addClassAndMethod(methodGen, sourceFile)
                .addString(owner.typeName() + variable.map(name -> " `" + name.getName() + "`").orElse(""))
                .addSourceLine(classContext, methodGen, sourceFile, owner.location().getHandle());
        variable.ifPresent(bug::add);
        bugReporter.reportBug(bug);
    }

    @Override
    public void report() {
        // Reported per method as each class is visited.
    }
}
