package io.github.leakhound.rules.suppress;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MarkerAnnotationExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import io.github.leakhound.core.Rule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Collects the suppression annotations of one file: {@code @SuppressWarnings("leakhound")} (every rule),
 * {@code @SuppressWarnings("leakhound:ID")} and SpotBugs' {@code @SuppressFBWarnings("ID")} on a class, method,
 * constructor, field or local variable declaration. Annotations are matched by simple name, so any
 * {@code SuppressFBWarnings} (edu.umd.cs.findbugs.annotations or a project's own copy) counts.
 */
public final class SuppressionCollector {

    private static final String SUPPRESS_WARNINGS = "SuppressWarnings";
    private static final String SUPPRESS_FB_WARNINGS = "SuppressFBWarnings";
    private static final String ALL_RULES = "leakhound";
    private static final String RULE_PREFIX = "leakhound:";

    private SuppressionCollector() {
    }

    /** The suppressions in {@code unit}, the file at {@code sourcePath} (relative to its root). */
    public static Suppressions collect(String sourcePath, CompilationUnit unit) {
        List<SuppressedRange> ranges = new ArrayList<>();
        for (AnnotationExpr annotation : unit.findAll(AnnotationExpr.class)) {
            suppressedIds(annotation).ifPresent(ids -> annotation.getParentNode()
                    .flatMap(SuppressionCollector::declarationRange)
                    .ifPresent(range -> ranges.add(new SuppressedRange(range.begin.line, range.end.line, ids))));
        }
        return new Suppressions(sourcePath, ranges);
    }

    /** The IDs this annotation suppresses (empty: all), or nothing when it does not concern leakhound. */
    private static Optional<Set<String>> suppressedIds(AnnotationExpr annotation) {
        String name = annotation.getName().getIdentifier();
        if (name.equals(SUPPRESS_WARNINGS)) {
            return fromSuppressWarnings(values(annotation));
        }
        if (name.equals(SUPPRESS_FB_WARNINGS)) {
            return fromSuppressFbWarnings(annotation instanceof MarkerAnnotationExpr, values(annotation));
        }
        return Optional.empty();
    }

    private static Optional<Set<String>> fromSuppressWarnings(List<String> values) {
        Set<String> ids = new LinkedHashSet<>();
        for (String value : values) {
            if (value.equals(ALL_RULES)) {
                return Optional.of(Set.of());
            }
            if (value.startsWith(RULE_PREFIX)) {
                ids.add(value.substring(RULE_PREFIX.length()).strip());
            }
        }
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids);
    }

    /**
     * SpotBugs suppresses every pattern when the annotation names none, and leakhound's detectors run inside
     * SpotBugs in the drop-in setup, so the source side does the same; IDs of other tools' patterns are ignored.
     */
    private static Optional<Set<String>> fromSuppressFbWarnings(boolean bare, List<String> values) {
        if (bare || values.isEmpty()) {
            return Optional.of(Set.of());
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String value : values) {
            Rule.byId(value.strip()).ifPresent(rule -> ids.add(rule.id()));
        }
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids);
    }

    private static List<String> values(AnnotationExpr annotation) {
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            return strings(single.getMemberValue());
        }
        if (annotation instanceof NormalAnnotationExpr normal) {
            return normal.getPairs().stream()
                    .filter(pair -> pair.getNameAsString().equals("value"))
                    .flatMap(pair -> strings(pair.getValue()).stream())
                    .toList();
        }
        return List.of();
    }

    /** The string literals of an annotation value; constants and concatenations are not resolved. */
    private static List<String> strings(Expression value) {
        if (value instanceof StringLiteralExpr literal) {
            return List.of(literal.asString());
        }
        if (value instanceof ArrayInitializerExpr array) {
            return array.getValues().stream().flatMap(element -> strings(element).stream()).toList();
        }
        return List.of();
    }

    /**
     * The lines the annotation covers: the annotated declaration; for a local variable, its whole declaration
     * statement, so a finding anywhere in a multi-line initializer is covered.
     */
    private static Optional<Range> declarationRange(Node annotated) {
        if (annotated instanceof VariableDeclarationExpr local
                && local.getParentNode().orElse(null) instanceof ExpressionStmt statement) {
            return statement.getRange();
        }
        return annotated.getRange();
    }
}
