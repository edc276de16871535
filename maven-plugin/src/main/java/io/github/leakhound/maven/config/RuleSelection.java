package io.github.leakhound.maven.config;

import io.github.leakhound.core.Rule;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The rules whose findings are reported, from the comma-separated {@code enabledRules} (empty: all) and
 * {@code disabledRules} parameters; a rule named in both is disabled.
 *
 * @param rules the reported rules
 */
public record RuleSelection(Set<Rule> rules) {

    public RuleSelection {
        rules = Collections.unmodifiableSet(rules.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(rules));
    }

    /** Every rule of the catalog. */
    public static RuleSelection all() {
        return new RuleSelection(EnumSet.allOf(Rule.class));
    }

    /**
     * Parses both parameters. A misspelt ID must not silently report everything or nothing, so an unknown one fails
     * the build, naming the parameter and the known IDs.
     */
    public static RuleSelection parse(String enabledRules, String disabledRules) throws MojoExecutionException {
        Set<Rule> enabled = ids(enabledRules, "enabledRules");
        Set<Rule> rules = enabled.isEmpty() ? EnumSet.allOf(Rule.class) : EnumSet.copyOf(enabled);
        rules.removeAll(ids(disabledRules, "disabledRules"));
        return new RuleSelection(rules);
    }

    /** True when findings of {@code rule} are reported. */
    public boolean includes(Rule rule) {
        return rules.contains(rule);
    }

    private static Set<Rule> ids(String text, String parameter) throws MojoExecutionException {
        Set<Rule> rules = EnumSet.noneOf(Rule.class);
        for (String id : CommaSeparated.values(text)) {
            Rule rule = Rule.byId(id).orElse(null);
            if (rule == null) {
                throw new MojoExecutionException("Unknown rule '" + id + "' in parameter '" + parameter
                        + "' (leakhound." + parameter + "); known rules: " + Arrays.stream(Rule.values())
                                .map(Rule::id).collect(Collectors.joining(", ")) + ".");
            }
            rules.add(rule);
        }
        return rules;
    }
}
