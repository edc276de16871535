package io.github.leakhound.core;

import java.util.Locale;

/** How sure and how bad a finding is; the same words are SARIF levels. */
public enum Severity {
    /** The leak happens on every execution of the reported code. */
    ERROR(1),
    /** The leak happens on some paths or depends on how the class is used. */
    WARNING(2),
    /** Style that invites a leak. */
    NOTE(3);

    private final int spotBugsPriority;

    Severity(int spotBugsPriority) {
        this.spotBugsPriority = spotBugsPriority;
    }

    /** The SARIF 2.1.0 {@code level} of this severity. */
    public String sarifLevel() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** SpotBugs priority: error is HIGH (1), warning NORMAL (2), note LOW (3). */
    public int spotBugsPriority() {
        return spotBugsPriority;
    }

    /** True when this severity is at least as serious as {@code threshold}. */
    public boolean isAtLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
