package io.github.leakhound.core;

import java.util.List;

/**
 * What one engine run produced: the findings, and one warning per input it could not analyse
 * (naming the file and the reason), so that bad input never stops the rest of the analysis.
 */
public record AnalysisResult(List<Finding> findings, List<String> warnings) {

    public AnalysisResult {
        findings = findings.stream().sorted(Finding.BY_POSITION).toList();
        warnings = List.copyOf(warnings);
    }
}
