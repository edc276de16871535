package io.github.leakhound.rules;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import io.github.leakhound.core.AnalysisResult;
import io.github.leakhound.core.Finding;
import io.github.leakhound.core.ThreadOwners;
import io.github.leakhound.rules.executor.ExecutorOverwrittenRule;
import io.github.leakhound.rules.index.FileFacts;
import io.github.leakhound.rules.index.ProgramIndex;
import io.github.leakhound.rules.owner.LocalOwnerNotReleasedRule;
import io.github.leakhound.rules.owner.OwnerFieldNeverReleasedRule;
import io.github.leakhound.rules.resolve.KnownClasses;
import io.github.leakhound.rules.suppress.SuppressionIndex;
import io.github.leakhound.rules.suppress.Suppressions;
import io.github.leakhound.rules.timer.PeriodicTaskNotCancelledRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * The source engine: finds every {@code .java} file below the source roots, parses them in parallel, runs the
 * file rules and indexes the facts of each file (fields, periodic tasks) while its syntax tree lives, then judges
 * the whole-program facts, and drops the findings that suppression annotations cover. Bad input never throws out of {@link #analyze}: it becomes a warning naming the file.
 */
public final class SourceEngine {

    /**
     * The newest Java release this JavaParser version knows (its CURRENT level), set explicitly so that an
     * upgrade of JavaParser changes the accepted syntax only when this line changes.
     */
    static final LanguageLevel LANGUAGE_LEVEL = LanguageLevel.JAVA_26;

    private final KnownClasses knownClasses;
    private final List<FileRule> fileRules;
    private final List<ProgramRule> programRules;

    public SourceEngine(ThreadOwners owners) {
        this.knownClasses = new KnownClasses(owners);
        this.fileRules = List.of(new LocalOwnerNotReleasedRule());
        this.programRules = List.of(new OwnerFieldNeverReleasedRule(), new ExecutorOverwrittenRule(owners),
                new PeriodicTaskNotCancelledRule());
    }

    /**
     * Analyses every {@code .java} file below {@code sourceRoots} (a root may also be one file). Findings on lines
     * covered by a suppression annotation for their rule are left out.
     */
    public AnalysisResult analyze(List<Path> sourceRoots) {
        return analyzeWithSuppressions(sourceRoots).result();
    }

    /**
     * Like {@link #analyze}, and also returns the suppression annotations read on the way, for the findings of
     * the bytecode engine (which cannot see {@code @SuppressWarnings}).
     */
    public SourceAnalysis analyzeWithSuppressions(List<Path> sourceRoots) {
        List<String> warnings = new ArrayList<>();
        List<SourceFile> files = SourceFiles.find(sourceRoots, warnings);
        FileAnalysis analysis = new FileAnalysis(knownClasses, fileRules);
        List<FileOutcome> outcomes = forEachFile(files, analysis::analyze,
                (file, failure) -> FileOutcome.failed(file, file.path() + ": analysis failed: " + failure), warnings);

        List<Finding> findings = new ArrayList<>();
        List<FileFacts> facts = new ArrayList<>();
        List<Suppressions> suppressions = new ArrayList<>();
        for (FileOutcome outcome : outcomes) {
            findings.addAll(outcome.findings());
            facts.add(outcome.facts());
            suppressions.add(outcome.suppressions());
            outcome.warning().ifPresent(warnings::add);
        }
        ProgramIndex index = ProgramIndex.of(facts);
        for (ProgramRule rule : programRules) {
            findings.addAll(rule.check(index));
        }
        // Whole-program findings may land in any file, so suppressions are applied once all findings are known.
        SuppressionIndex suppressed = SuppressionIndex.of(suppressions);
        return new SourceAnalysis(new AnalysisResult(suppressed.withoutSuppressed(findings), warnings), suppressed);
    }

    /**
     * Reads only the suppression annotations of the files {@link #analyze} would analyse, for another engine's
     * findings when this engine does not run; files that cannot be parsed suppress nothing (the analysis itself
     * reports them).
     */
    public SuppressionIndex suppressions(List<Path> sourceRoots) {
        List<SourceFile> files = SourceFiles.find(sourceRoots, new ArrayList<>());
        FileAnalysis analysis = new FileAnalysis(knownClasses, fileRules);
        List<Suppressions> suppressions = forEachFile(files, analysis::suppressions,
                (file, failure) -> Suppressions.none(file.relativePath()), new ArrayList<>());
        return SuppressionIndex.of(suppressions);
    }

    /** Runs {@code perFile} on every file on parser threads, one JavaParser each; results in the files' order. */
    private static <T> List<T> forEachFile(List<SourceFile> files, BiFunction<SourceFile, JavaParser, T> perFile,
            BiFunction<SourceFile, Throwable, T> onFailure, List<String> warnings) {
        if (files.isEmpty()) {
            return List.of();
        }
        // JavaParser is not thread-safe: one instance per worker thread.
        ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(SourceEngine::newParser);
        List<Callable<T>> tasks = new ArrayList<>();
        for (SourceFile file : files) {
            tasks.add(() -> perFile.apply(file, parsers.get()));
        }
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), files.size());
        List<T> results = new ArrayList<>();
        ExecutorService workers = Executors.newFixedThreadPool(threads, new ParserThreads());
        try {
            List<Future<T>> futures = workers.invokeAll(tasks);
            for (int i = 0; i < futures.size(); i++) {
                results.add(resultOf(futures.get(i), files.get(i), onFailure));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            warnings.add("analysis interrupted after " + results.size() + " of " + files.size() + " files");
        } finally {
            workers.shutdownNow();
        }
        return results;
    }

    private static <T> T resultOf(Future<T> future, SourceFile file, BiFunction<SourceFile, Throwable, T> onFailure)
            throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException failure) {
            // Errors other than StackOverflowError (caught per file) end up here, e.g. OutOfMemoryError.
            return onFailure.apply(file, failure.getCause());
        }
    }

    static JavaParser newParser() {
        ParserConfiguration configuration = new ParserConfiguration()
                .setLanguageLevel(LANGUAGE_LEVEL)
                .setAttributeComments(false);
        return new JavaParser(configuration);
    }

    /**
     * Daemon worker threads, so that an analysis stuck on one file never keeps a JVM alive, with a deep stack
     * because parsing is recursive: deeply nested code should parse rather than become a warning.
     */
    private static final class ParserThreads implements ThreadFactory {
        private static final long STACK_BYTES = 16L * 1024 * 1024;
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(null, task, "leakhound-source-" + count.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        }
    }
}
