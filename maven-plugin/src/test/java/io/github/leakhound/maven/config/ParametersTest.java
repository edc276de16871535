package io.github.leakhound.maven.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.leakhound.core.Rule;
import io.github.leakhound.core.Severity;
import java.util.EnumSet;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class ParametersTest {

    @Test
    void failOnSeverityAcceptsTheThreeLevelsInAnyCase() throws MojoExecutionException {
        assertEquals(Severity.WARNING, FailureThreshold.parse(" Warning ").severity());
        assertEquals(Severity.NOTE, FailureThreshold.parse("note").severity());
    }

    @Test
    void malformedFailOnSeverityNamesTheParameter() {
        MojoExecutionException failure = assertThrows(MojoExecutionException.class,
                () -> FailureThreshold.parse("fatal"));

        assertTrue(failure.getMessage().contains("'fatal' in parameter 'failOnSeverity' (leakhound.failOnSeverity)"),
                failure.getMessage());
    }

    @Test
    void disabledRulesWinOverEnabledRules() throws MojoExecutionException {
        RuleSelection selection = RuleSelection.parse(
                "LEAK_EXECUTOR_NOT_SHUTDOWN, LEAK_EXECUTOR_OVERWRITTEN", "LEAK_EXECUTOR_OVERWRITTEN");

        assertEquals(EnumSet.of(Rule.LEAK_EXECUTOR_NOT_SHUTDOWN), selection.rules());
    }

    @Test
    void noEnabledRulesMeansEveryRule() throws MojoExecutionException {
        assertEquals(EnumSet.allOf(Rule.class), RuleSelection.parse("", null).rules());
    }

    @Test
    void unknownRuleIdNamesTheParameterAndTheKnownIds() {
        MojoExecutionException failure = assertThrows(MojoExecutionException.class,
                () -> RuleSelection.parse("", "LEAK_EXECUTOR_NOT_SHUTDOWM"));

        assertTrue(failure.getMessage().contains("'LEAK_EXECUTOR_NOT_SHUTDOWM' in parameter 'disabledRules'"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("LEAK_EXECUTOR_NOT_SHUTDOWN"), failure.getMessage());
    }

    @Test
    void doubleStarMatchesAnyNumberOfDirectories() {
        SourcePathFilter filter = SourcePathFilter.parse("", "**/generated/**");

        assertFalse(filter.accepts("generated/Client.java"));
        assertFalse(filter.accepts("com/acme/generated/deep/Client.java"));
        assertTrue(filter.accepts("com/acme/Orders.java"));
    }

    @Test
    void singleStarStaysWithinOneDirectory() {
        SourcePathFilter filter = SourcePathFilter.parse("com/acme/*.java", "");

        assertTrue(filter.accepts("com/acme/Orders.java"));
        assertFalse(filter.accepts("com/acme/billing/Invoices.java"));
    }

    @Test
    void excludesWinOverIncludes() {
        SourcePathFilter filter = SourcePathFilter.parse("com/acme/", "**/*Test.java");

        assertTrue(filter.accepts("com/acme/billing/Invoices.java"));
        assertFalse(filter.accepts("com/acme/OrdersTest.java"));
        assertFalse(filter.accepts("org/other/Orders.java"));
    }
}
