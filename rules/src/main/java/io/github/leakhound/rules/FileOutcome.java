package io.github.leakhound.rules;

import io.github.leakhound.core.Finding;
import io.github.leakhound.rules.index.FileFacts;
import java.util.List;
import java.util.Optional;

/**
 * What analysing one file produced: the findings of the file rules, the file's field facts, and a warning
 * when the file could not be analysed (then both are empty).
 */
record FileOutcome(List<Finding> findings, FileFacts facts, Optional<String> warning) {

    static FileOutcome failed(String warning) {
        return new FileOutcome(List.of(), FileFacts.empty(), Optional.of(warning));
    }
}
