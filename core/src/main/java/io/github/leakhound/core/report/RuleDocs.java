package io.github.leakhound.core.report;

import io.github.leakhound.core.Rule;
import java.util.Objects;

/**
 * Where each rule's documentation page lives: {@code baseUrl} followed by {@code RULE_ID.md}.
 *
 * @param baseUrl the address of the folder of rule pages, ending with {@code /}
 */
public record RuleDocs(String baseUrl) {

    /** The rule pages of the leakhound repository. */
    public static final String DEFAULT_BASE_URL = "https://github.com/leakhound/leakhound/blob/main/docs/rules/";

    public RuleDocs {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (baseUrl.isBlank()) {
            throw new IllegalArgumentException("the rule documentation base URL must not be blank");
        }
        // A forgotten trailing slash would glue the page name onto the folder's name.
        baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** The leakhound repository's rule pages. */
    public static RuleDocs defaults() {
        return new RuleDocs(DEFAULT_BASE_URL);
    }

    /** The address of {@code rule}'s page. */
    public String pageOf(Rule rule) {
        return baseUrl + rule.id() + ".md";
    }
}
