package io.github.leakhound.maven;

import io.github.leakhound.core.AnalysisResult;
import io.github.leakhound.core.Engine;
import io.github.leakhound.core.Finding;
import io.github.leakhound.core.ThreadOwners;
import io.github.leakhound.detectors.engine.BytecodeEngine;
import io.github.leakhound.maven.config.FindingScope;
import io.github.leakhound.maven.merge.FindingMerger;
import io.github.leakhound.maven.merge.SourceSuppressions;
import io.github.leakhound.maven.merge.SourcePathResolver;
import io.github.leakhound.rules.SourceAnalysis;
import io.github.leakhound.rules.SourceEngine;
import io.github.leakhound.rules.suppress.SuppressionIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.maven.plugin.logging.Log;

/**
 * Runs the selected engines over one project and returns their merged findings, with paths relative to the
 * project's base directory.
 */
final class ProjectAnalysis {

    private final EngineSelection selection;
    private final FindingScope scope;
    private final Log log;

    ProjectAnalysis(EngineSelection selection, Log log) {
        this(selection, FindingScope.all(), log);
    }

    ProjectAnalysis(EngineSelection selection, FindingScope scope, Log log) {
        this.selection = selection;
        this.scope = scope;
        this.log = log;
    }

    AnalysisResult run(ProjectLayout layout) {
        List<Finding> findings = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        // Read by the source engine while it parses; the bytecode engine's findings reuse it rather than parse again.
        Optional<SuppressionIndex> sourceSuppressions = Optional.empty();
        if (selection.includes(Engine.SOURCE)) {
            if (layout.sourceRoots().isEmpty()) {
                log.info("leakhound: no source roots; the source engine has nothing to analyse");
            } else {
                SourceAnalysis source = timed(Engine.SOURCE, () -> new SourceEngine(ThreadOwners.defaults())
                        .analyzeWithSuppressions(layout.sourceRoots()), SourceAnalysis::result);
                collect(source.result(), findings, warnings);
                sourceSuppressions = Optional.of(source.suppressions());
            }
        }
        if (selection.includes(Engine.BYTECODE)) {
            if (layout.classRoots().isEmpty()) {
                log.info("leakhound: no compiled classes (none, or not compiled yet); the bytecode engine has nothing to analyse");
            } else {
                AnalysisResult bytecode = timed(Engine.BYTECODE, () -> new BytecodeEngine()
                        .analyze(layout.classRoots(), layout.auxClasspath()), Function.identity());
                warnings.addAll(bytecode.warnings());
                findings.addAll(withoutSuppressed(bytecode.findings(), sourceSuppressions, layout));
            }
        }
        SourcePathResolver paths = new SourcePathResolver(layout.baseDir(), layout.sourceRoots());
        // The engines report paths relative to a source root, which is what includes/excludes are written against.
        List<Finding> projectRelative = findings.stream().filter(scope::keeps).map(paths::projectRelative).toList();
        return new AnalysisResult(new FindingMerger().merge(projectRelative), warnings);
    }

    /**
     * The findings without the bytecode ones that a source annotation suppresses: {@code @SuppressWarnings} never
     * reaches the class files. Done before the merge, and so before the baseline and {@code since} see them.
     */
    private static List<Finding> withoutSuppressed(List<Finding> bytecodeFindings,
            Optional<SuppressionIndex> readBySourceEngine, ProjectLayout layout) {
        if (layout.sourceRoots().isEmpty()) {
            return bytecodeFindings;
        }
        SuppressionIndex index = readBySourceEngine.orElseGet(
                () -> new SourceEngine(ThreadOwners.defaults()).suppressions(layout.sourceRoots()));
        return new SourceSuppressions(index).apply(bytecodeFindings);
    }

    private <T> T timed(Engine engine, Supplier<T> analysis, Function<T, AnalysisResult> resultOf) {
        long start = System.nanoTime();
        T outcome = analysis.get();
        if (log.isDebugEnabled()) {
            AnalysisResult result = resultOf.apply(outcome);
            log.debug(String.format("leakhound: %s engine: %d findings, %d warnings in %d ms", engine,
                    result.findings().size(), result.warnings().size(), (System.nanoTime() - start) / 1_000_000));
        }
        return outcome;
    }

    private static void collect(AnalysisResult result, List<Finding> findings, List<String> warnings) {
        findings.addAll(result.findings());
        warnings.addAll(result.warnings());
    }
}
