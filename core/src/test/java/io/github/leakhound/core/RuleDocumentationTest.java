package io.github.leakhound.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rule pages under docs/rules/ are checked against the catalog, so they cannot drift apart. */
class RuleDocumentationTest {

    private static final Path RULE_PAGES = Path.of("..", "docs", "rules");

    @Test
    void everyRuleHasAPageTitledWithItsIdAndTitle() throws IOException {
        for (Rule rule : Rule.values()) {
            String page = Files.readString(RULE_PAGES.resolve(rule.id() + ".md"));
            assertEquals("# " + rule.id() + " — " + rule.title(), page.lines().findFirst().orElse(""), rule.id());
            String severity = "Severity: " + rule.severity().sarifLevel();
            assertTrue(page.contains(severity), rule.id() + " page must say " + severity);
            assertTrue(page.contains("## Bad") && page.contains("## Good"), rule.id() + " needs a bad and a good example");
        }
    }

    @Test
    void everyPageBelongsToACatalogRule() throws IOException {
        Set<String> ids = Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toSet());
        try (Stream<Path> pages = Files.list(RULE_PAGES)) {
            pages.map(page -> page.getFileName().toString().replaceFirst("\\.md$", ""))
                    .forEach(id -> assertTrue(ids.contains(id), "docs/rules/" + id + ".md has no catalog rule"));
        }
    }
}
