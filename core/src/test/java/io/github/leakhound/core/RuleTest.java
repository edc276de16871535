package io.github.leakhound.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleTest {

    @Test
    void everyRuleHasTextForEveryReport() {
        for (Rule rule : Rule.values()) {
            assertFalse(rule.title().isBlank(), rule + " title");
            assertTrue(rule.description().length() > rule.title().length(), rule + " description");
            assertFalse(rule.fix().isBlank(), rule + " fix");
            assertTrue(rule.id().startsWith("LEAK_"), rule + " id prefix");
        }
    }

    @Test
    void unknownIdIsNotInTheCatalog() {
        assertEquals(Optional.empty(), Rule.byId("LEAK_NOPE"));
        assertEquals(Optional.of(Rule.LEAK_EXECUTOR_OVERWRITTEN), Rule.byId("LEAK_EXECUTOR_OVERWRITTEN"));
    }

    @Test
    void mergingCreditsBothEnginesAndKeepsTheStricterSeverity() {
        Location at = new Location("a/B.java", 3, 0, "a.B", "run");
        Finding bytecode = new Finding(Rule.LEAK_THREAD_OWNER_NOT_CLOSED, Severity.WARNING, at, "m",
                java.util.Set.of(Engine.BYTECODE));
        Finding source = new Finding(Rule.LEAK_THREAD_OWNER_NOT_CLOSED, Severity.ERROR, at, "m",
                java.util.Set.of(Engine.SOURCE));
        Finding merged = bytecode.mergedWith(source);
        assertEquals(java.util.Set.of(Engine.BYTECODE, Engine.SOURCE), merged.engines());
        assertEquals(Severity.ERROR, merged.severity());
    }
}
