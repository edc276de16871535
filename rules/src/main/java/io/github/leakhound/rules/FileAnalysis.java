package io.github.leakhound.rules;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import io.github.leakhound.core.Finding;
import io.github.leakhound.rules.index.FieldFactCollector;
import io.github.leakhound.rules.index.FileFacts;
import io.github.leakhound.rules.resolve.FileScope;
import io.github.leakhound.rules.resolve.KnownClasses;
import io.github.leakhound.rules.suppress.SuppressionCollector;
import io.github.leakhound.rules.suppress.Suppressions;
import io.github.leakhound.rules.timer.PeriodicTaskCollector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Analyses one file: parse, run the file rules and collect the facts for the whole-program rules while the syntax
 * tree lives, then let the tree go. Never throws: a file that cannot be read, parsed or analysed becomes a warning.
 */
final class FileAnalysis {

    private static final int MAX_REASON_LENGTH = 200;

    private final KnownClasses knownClasses;
    private final List<FileRule> rules;

    FileAnalysis(KnownClasses knownClasses, List<FileRule> rules) {
        this.knownClasses = knownClasses;
        this.rules = List.copyOf(rules);
    }

    FileOutcome analyze(SourceFile file, JavaParser parser) {
        try {
            ParseResult<CompilationUnit> parsed = parse(file, parser);
            Optional<CompilationUnit> unit = parsed.getResult();
            if (!parsed.isSuccessful() || unit.isEmpty()) {
                return FileOutcome.failed(file, file.path() + ": cannot parse: " + describe(parsed.getProblems()));
            }
            FileScope scope = new FileScope(file.relativePath(), unit.get(), knownClasses);
            List<Finding> findings = new ArrayList<>();
            for (FileRule rule : rules) {
                findings.addAll(rule.check(scope));
            }
            FileFacts facts = FieldFactCollector.collect(scope)
                    .withPeriodicTasks(PeriodicTaskCollector.collect(scope));
            Suppressions suppressions = SuppressionCollector.collect(file.relativePath(), unit.get());
            return new FileOutcome(findings, facts, suppressions, Optional.empty());
        } catch (IOException failure) {
            return FileOutcome.failed(file, file.path() + ": cannot read: " + failure.getMessage());
        } catch (StackOverflowError failure) {
            return FileOutcome.failed(file, file.path() + ": too deeply nested to analyse");
        } catch (RuntimeException failure) {
            return FileOutcome.failed(file, file.path() + ": analysis failed: " + failure);
        }
    }

    /**
     * Only the suppression annotations of one file, for callers that apply them to another engine's findings. A
     * file that cannot be read or parsed suppresses nothing; the source engine's own run names the problem.
     */
    Suppressions suppressions(SourceFile file, JavaParser parser) {
        try {
            return parse(file, parser).getResult()
                    .map(unit -> SuppressionCollector.collect(file.relativePath(), unit))
                    .orElse(Suppressions.none(file.relativePath()));
        } catch (IOException | StackOverflowError | RuntimeException failure) {
            return Suppressions.none(file.relativePath());
        }
    }

    private static ParseResult<CompilationUnit> parse(SourceFile file, JavaParser parser) throws IOException {
        // Malformed bytes become replacement characters: an odd comment must not stop the analysis.
        String text = new String(Files.readAllBytes(file.path()), StandardCharsets.UTF_8);
        return parser.parse(text);
    }

    private static String describe(List<Problem> problems) {
        if (problems.isEmpty()) {
            return "no syntax tree";
        }
        Problem first = problems.get(0);
        String where = first.getLocation()
                .flatMap(tokens -> tokens.toRange())
                .map(range -> "line " + range.begin.line + ", column " + range.begin.column + ": ")
                .orElse("");
        String message = first.getMessage().lines().findFirst().orElse("").strip();
        if (message.length() > MAX_REASON_LENGTH) {
            message = message.substring(0, MAX_REASON_LENGTH) + "...";
        }
        return where + message;
    }
}
