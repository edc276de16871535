package io.github.leakhound.maven.config;

import io.github.leakhound.core.Finding;

/**
 * The findings a build wants reported: of a selected rule, in a file the path filter accepts.
 *
 * @param rules the enabled rules
 * @param paths the source path filter, applied to source-root-relative paths
 */
public record FindingScope(RuleSelection rules, SourcePathFilter paths) {

    /** Everything. */
    public static FindingScope all() {
        return new FindingScope(RuleSelection.all(), SourcePathFilter.all());
    }

    /** True for a finding whose path is still relative to its source root, as the engines report it. */
    public boolean keeps(Finding finding) {
        return rules.includes(finding.rule()) && paths.accepts(finding.location().sourcePath());
    }
}
