package io.github.leakhound.maven.config;

import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Severity;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The least severity that fails the build, from the {@code failOnSeverity} parameter: {@code note} fails on any
 * finding, {@code error} only on errors.
 *
 * @param severity findings at least this severe fail the build
 */
public record FailureThreshold(Severity severity) {

    static final String PARAMETER = "failOnSeverity";
    static final String USER_PROPERTY = "leakhound.failOnSeverity";

    /** Parses {@code error}, {@code warning} or {@code note} (any case); anything else fails naming the parameter. */
    public static FailureThreshold parse(String text) throws MojoExecutionException {
        String value = text == null ? "" : text.trim();
        for (Severity severity : Severity.values()) {
            if (severity.sarifLevel().equalsIgnoreCase(value)) {
                return new FailureThreshold(severity);
            }
        }
        throw new MojoExecutionException("Unknown severity '" + value + "' in parameter '" + PARAMETER + "' ("
                + USER_PROPERTY + "); use " + Arrays.stream(Severity.values()).map(Severity::sarifLevel)
                        .collect(Collectors.joining(", ")) + ".");
    }

    /** True when {@code finding} is severe enough to fail the build. */
    public boolean fails(Finding finding) {
        return finding.severity().isAtLeast(severity);
    }

    /** {@code failOnSeverity=warning}, for messages. */
    public String describe() {
        return PARAMETER + "=" + severity.name().toLowerCase(Locale.ROOT);
    }
}
