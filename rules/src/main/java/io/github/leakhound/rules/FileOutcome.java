package io.github.leakhound.rules;

import io.github.leakhound.core.Finding;
import io.github.leakhound.rules.index.FileFacts;
import io.github.leakhound.rules.suppress.Suppressions;
import java.util.List;
import java.util.Optional;

/**
 * What analysing one file produced: the findings of the file rules, the file's field facts, its suppression
 * annotations, and a warning when the file could not be analysed (then the others are empty).
 */
record FileOutcome(List<Finding> findings, FileFacts facts, Suppressions suppressions, Optional<String> warning) {

    static FileOutcome failed(SourceFile file, String warning) {
        return new FileOutcome(List.of(), FileFacts.empty(), Suppressions.none(file.relativePath()),
                Optional.of(warning));
    }
}
