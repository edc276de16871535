package io.github.leakhound.core.report;

import io.github.leakhound.core.Finding;
import java.util.Comparator;
import java.util.Objects;

/**
 * One known finding in a baseline: its fingerprint decides, the rest tells a reader what was accepted.
 *
 * @param fingerprint the finding's {@link Fingerprint}
 * @param rule        the rule ID
 * @param file        the project-relative source path
 * @param message     the finding's message when the baseline was written
 */
public record BaselineEntry(Fingerprint fingerprint, String rule, String file, String message) {

    /** File, then rule, then fingerprint: a reviewer reads a baseline file by file, and line numbers are left out. */
    static final Comparator<BaselineEntry> READING_ORDER = Comparator.comparing(BaselineEntry::file)
            .thenComparing(BaselineEntry::rule)
            .thenComparing(BaselineEntry::fingerprint)
            .thenComparing(BaselineEntry::message);

    public BaselineEntry {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** The entry that accepts {@code finding}. */
    public static BaselineEntry of(Finding finding, SourceLines sourceLines) {
        return new BaselineEntry(Fingerprint.of(finding, sourceLines), finding.rule().id(),
                finding.location().sourcePath(), finding.message());
    }
}
