package io.github.leakhound.core.report;

/**
 * The text of source lines by the path a finding reports, so that reports can fingerprint findings without
 * knowing where the sources live.
 */
@FunctionalInterface
public interface SourceLines {

    /** No source text: fingerprints then rest on rule, file, type and member alone. */
    SourceLines NONE = (sourcePath, line) -> "";

    /** The text of 1-based {@code line} of the file at {@code sourcePath}, or "" when it cannot be read. */
    String line(String sourcePath, int line);
}
