package io.github.leakhound.detectors.engine;

import edu.umd.cs.findbugs.AbstractBugReporter;
import edu.umd.cs.findbugs.AnalysisError;
import edu.umd.cs.findbugs.BugCollection;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugRanker;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps what one SpotBugs run reports in memory: the bugs, the analysis errors and the classes it could not
 * find. Unlike SpotBugs' text reporters it prints nothing; the engine turns errors into warnings.
 */
final class CollectingBugReporter extends AbstractBugReporter {

    private final List<BugInstance> bugs = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final Set<String> missingClasses = new TreeSet<>();

    CollectingBugReporter() {
        setPriorityThreshold(Priorities.LOW_PRIORITY);
        setRankThreshold(BugRanker.VISIBLE_RANK_MAX);
    }

    @Override
    protected synchronized void doReportBug(BugInstance bugInstance) {
        bugs.add(bugInstance);
    }

    @Override
    public synchronized void reportAnalysisError(AnalysisError error) {
        String cause = error.getExceptionMessage();
        errors.add(cause == null ? error.getMessage() : error.getMessage() + ": " + cause);
    }

    @Override
    public synchronized void reportMissingClass(String className) {
        missingClasses.add(className);
    }

    @Override
    public void observeClass(ClassDescriptor classDescriptor) {
        // Progress is of no interest.
    }

    @Override
    public void finish() {
        // Everything is kept in memory already.
    }

    @Override
    public BugCollection getBugCollection() {
        return null;
    }

    synchronized List<BugInstance> bugs() {
        return List.copyOf(bugs);
    }

    synchronized List<String> errors() {
        return List.copyOf(errors);
    }

    /** The missing classes, sorted by name. */
    synchronized List<String> missingClasses() {
        return List.copyOf(missingClasses);
    }
}
