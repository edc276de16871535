package io.github.leakhound.rules;

import io.github.leakhound.core.AnalysisResult;
import io.github.leakhound.rules.suppress.SuppressionIndex;

/**
 * One run of the source engine: its findings (suppressed ones already left out), and the suppression
 * annotations it read while parsing, so another engine's findings can honour them without a second parse.
 */
public record SourceAnalysis(AnalysisResult result, SuppressionIndex suppressions) {
}
