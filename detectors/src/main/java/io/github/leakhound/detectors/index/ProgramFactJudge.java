package io.github.leakhound.detectors.index;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.Detector;
import edu.umd.cs.findbugs.ba.ClassContext;
import java.util.stream.Stream;

/**
 * A second-pass detector that judges each class of the analysed program against the whole-program facts of the
 * first pass ({@link ProgramIndex}); findbugs.xml orders it after {@link ProgramFactCollector}.
 */
public abstract class ProgramFactJudge implements Detector {

    private final BugReporter bugReporter;

    protected ProgramFactJudge(BugReporter bugReporter) {
        this.bugReporter = bugReporter;
    }

    @Override
    public final void visitClassContext(ClassContext classContext) {
        ProgramIndex.ofCurrentRun().ifPresent(index ->
                judge(index, classContext.getJavaClass().getClassName()).forEach(bugReporter::reportBug));
    }

    /** The bugs in the code of one class ({@code className}, binary name), given the facts of the whole program. */
    protected abstract Stream<BugInstance> judge(ProgramIndex index, String className);

    @Override
    public final void report() {
        // Reported per class in visitClassContext, once the first pass has seen the whole program.
    }
}
