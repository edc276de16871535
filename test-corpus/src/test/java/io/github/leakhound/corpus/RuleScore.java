package io.github.leakhound.corpus;

import io.github.leakhound.core.Rule;

/**
 * How one engine did on one rule of the corpus.
 *
 * @param rule     the catalog rule
 * @param expected lines the corpus marks with this rule for the engine
 * @param found    distinct lines the engine reported with this rule
 * @param missed   expected lines the engine did not report
 * @param extra    reported lines the corpus does not expect
 */
record RuleScore(Rule rule, int expected, int found, int missed, int extra) {

    /** True when the engine reported exactly the expected lines for this rule. */
    boolean isExact() {
        return missed == 0 && extra == 0;
    }
}
