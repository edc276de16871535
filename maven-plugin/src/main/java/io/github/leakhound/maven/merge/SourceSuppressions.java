package io.github.leakhound.maven.merge;

import io.github.leakhound.core.Engine;
import io.github.leakhound.core.Finding;
import io.github.leakhound.rules.suppress.SuppressionIndex;
import java.util.List;

/**
 * Applies the suppression annotations of the source files to the bytecode engine's findings. {@code
 * @SuppressWarnings} has source retention, so SpotBugs never sees it; the source engine has already left out the
 * findings it suppresses, so both engines end up honouring the same annotations.
 */
public final class SourceSuppressions {

    private final SuppressionIndex index;

    public SourceSuppressions(SuppressionIndex index) {
        this.index = index;
    }

    /**
     * These findings without the bytecode findings a source annotation suppresses. Paths must still be relative to
     * their source root (as both engines report them), which is how the index names files.
     */
    public List<Finding> apply(List<Finding> rootRelativeFindings) {
        return rootRelativeFindings.stream()
                .filter(finding -> !(finding.engines().contains(Engine.BYTECODE) && index.isSuppressed(finding)))
                .toList();
    }
}
