package io.github.leakhound.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.leakhound.core.Engine;
import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Location;
import io.github.leakhound.core.Rule;
import io.github.leakhound.core.Severity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifReportTest {

    private final SarifReport report = new SarifReport("1.2.3");

    private static Finding finding(String path, int line, int column) {
        return new Finding(Rule.LEAK_EXECUTOR_NOT_SHUTDOWN, Severity.ERROR,
                new Location(path, line, column, "a.B", "run"), "pool \"p\" leaks",
                Set.of(Engine.SOURCE, Engine.BYTECODE));
    }

    @Test
    void resultCarriesRuleIndexLevelRegionAndEngines() {
        String sarif = report.render(List.of(finding("src/main/java/a/B.java", 12, 9)));
        assertTrue(sarif.contains("\"ruleIndex\": " + Rule.LEAK_EXECUTOR_NOT_SHUTDOWN.ordinal()), sarif);
        assertTrue(sarif.contains("\"level\": \"error\""), sarif);
        assertTrue(sarif.contains("\"startLine\": 12"), sarif);
        assertTrue(sarif.contains("\"startColumn\": 9"), sarif);
        assertTrue(sarif.contains("\"uri\": \"src/main/java/a/B.java\""), sarif);
        assertTrue(sarif.contains("\"bytecode\",\n"), "engines listed in order: " + sarif);
    }

    @Test
    void unknownColumnIsLeftOut() {
        String sarif = report.render(List.of(finding("a/B.java", 3, 0)));
        assertFalse(sarif.contains("startColumn"), sarif);
    }

    @Test
    void messageQuotesAreEscaped() {
        String sarif = report.render(List.of(finding("a/B.java", 3, 0)));
        assertTrue(sarif.contains("pool \\\"p\\\" leaks"), sarif);
    }

    @Test
    void everyCatalogRuleIsDescribed() {
        String sarif = report.render(List.of());
        for (Rule rule : Rule.values()) {
            assertTrue(sarif.contains("\"id\": \"" + rule.id() + "\""), rule.id());
        }
    }

    @Test
    void renderingIsIndependentOfInputOrder() {
        Finding first = finding("a/A.java", 1, 1);
        Finding second = finding("a/B.java", 1, 1);
        assertEquals(report.render(List.of(first, second)), report.render(List.of(second, first)));
    }

    @Test
    void ruleNamesArePascalCase() {
        assertEquals("LeakExecutorNotShutdown", SarifReport.pascalCase("LEAK_EXECUTOR_NOT_SHUTDOWN"));
    }

    @Test
    void resultCarriesAFingerprintThatIgnoresTheLineNumber() {
        SarifReport withLines = report.withSourceLines((path, line) -> "ExecutorService pool = newPool();");
        String first = withLines.render(List.of(finding("a/B.java", 3, 0)));
        String moved = withLines.render(List.of(finding("a/B.java", 30, 0)));
        String fingerprint = Fingerprint.of(finding("a/B.java", 3, 0), "ExecutorService pool = newPool();").value();

        assertTrue(first.contains("\"" + Fingerprint.SARIF_KEY + "\": \"" + fingerprint + "\""), first);
        assertTrue(moved.contains(fingerprint), moved);
    }

    @Test
    void ruleHelpLinksTheRulePageInTextAndHelpUri() {
        String page = "https://docs.example/rules/" + Rule.LEAK_EXECUTOR_OVERWRITTEN.id() + ".md";
        String sarif = report.withRuleDocs(new RuleDocs("https://docs.example/rules")).render(List.of());

        assertTrue(sarif.contains("\"helpUri\": \"" + page + "\""), sarif);
        assertTrue(sarif.contains("Documentation: " + page), sarif);
        assertTrue(sarif.contains("[Rule documentation](" + page + ")"), sarif);
    }

    @Test
    void uriPrefixPlacesModuleFilesUnderTheRepositoryRoot() {
        String sarif = report.withUriPrefix("orders").render(List.of(finding("src/main/java/a/B.java", 3, 0)));

        assertTrue(sarif.contains("\"uri\": \"orders/src/main/java/a/B.java\""), sarif);
        assertTrue(sarif.contains("\"originalUriBaseIds\""), sarif);
    }
}
