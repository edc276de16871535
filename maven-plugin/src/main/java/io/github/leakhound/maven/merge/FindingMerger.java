package io.github.leakhound.maven.merge;

import io.github.leakhound.core.Engine;
import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds the findings of both engines into one list: the same rule reported on the same line of the same
 * project-relative file by both engines is one leak, so it becomes one finding that lists both engines.
 */
public final class FindingMerger {

    /** What makes two engines' findings the same leak; columns differ (bytecode has none), so they are left out. */
    private record SameLeak(Rule rule, String sourcePath, int line) {

        static SameLeak of(Finding finding) {
            return new SameLeak(finding.rule(), finding.location().sourcePath(), finding.location().line());
        }
    }

    /**
     * Merges findings whose paths are already project-relative, sorted by {@link Finding#BY_POSITION}. Where one
     * line holds several leaks of a rule, source and bytecode findings are paired in position order and the
     * unpaired rest is kept, so a leak one engine missed is never hidden by another one it found.
     */
    public List<Finding> merge(List<Finding> findings) {
        Map<SameLeak, List<Finding>> byLeak = new LinkedHashMap<>();
        findings.stream().distinct().sorted(Finding.BY_POSITION)
                .forEach(finding -> byLeak.computeIfAbsent(SameLeak.of(finding), key -> new ArrayList<>()).add(finding));

        List<Finding> merged = new ArrayList<>();
        for (List<Finding> sameLine : byLeak.values()) {
            merged.addAll(mergePairs(sameLine));
        }
        merged.sort(Finding.BY_POSITION);
        return List.copyOf(merged);
    }

    private static List<Finding> mergePairs(List<Finding> sameLine) {
        // The source engine's finding leads: it has the exact column and the message written for the source.
        List<Finding> fromSource = sameLine.stream().filter(f -> f.engines().contains(Engine.SOURCE)).toList();
        List<Finding> others = sameLine.stream().filter(f -> !f.engines().contains(Engine.SOURCE)).toList();
        List<Finding> result = new ArrayList<>();
        int pairs = Math.min(fromSource.size(), others.size());
        for (int i = 0; i < pairs; i++) {
            result.add(fromSource.get(i).mergedWith(others.get(i)));
        }
        result.addAll(fromSource.subList(pairs, fromSource.size()));
        result.addAll(others.subList(pairs, others.size()));
        return result;
    }
}
