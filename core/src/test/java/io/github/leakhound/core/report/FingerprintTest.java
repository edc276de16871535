package io.github.leakhound.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.leakhound.core.Engine;
import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Location;
import io.github.leakhound.core.Rule;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static final String LINE = "        ExecutorService pool = Executors.newFixedThreadPool(4);";

    private static Finding finding(Rule rule, int line, String member) {
        return Finding.of(rule, new Location("src/main/java/a/B.java", line, 9, "a.B", member), "pool leaks",
                Engine.SOURCE);
    }

    @Test
    void lineNumberIsNotPartOfTheFingerprint() {
        assertEquals(Fingerprint.of(finding(Rule.LEAK_EXECUTOR_NOT_SHUTDOWN, 12, "run"), LINE),
                Fingerprint.of(finding(Rule.LEAK_EXECUTOR_NOT_SHUTDOWN, 40, "run"), LINE));
    }

    @Test
    void reindentingTheLineKeepsTheFingerprint() {
        assertEquals(Fingerprint.of(finding(Rule.LEAK_EXECUTOR_NOT_SHUTDOWN, 12, "run"), LINE),
                Fingerprint.of(finding(Rule.LEAK_EXECUTOR_NOT_SHUTDOWN, 12, "run"),
                        "\tExecutorService   pool =\tExecutors.newFixedThreadPool(4);  "));
    }

    @Test
    void changingTheReportedLineChangesTheFingerprint() {
        assertNotEquals(Fingerprint.of(finding(Rule.LEAK_EXECUTOR_NOT_SHUTDOWN, 12, "run"), LINE),
                Fingerprint.of(finding(Rule.LEAK_EXECUTOR_NOT_SHUTDOWN, 12, "run"), LINE.replace("4", "8")));
    }

    @Test
    void anotherRuleOnTheSameLineHasAnotherFingerprint() {
        assertNotEquals(Fingerprint.of(finding(Rule.LEAK_EXECUTOR_NOT_SHUTDOWN, 12, "run"), LINE),
                Fingerprint.of(finding(Rule.LEAK_EXECUTOR_OVERWRITTEN, 12, "run"), LINE));
    }

    @Test
    void theSameLineInAnotherMemberHasAnotherFingerprint() {
        assertNotEquals(Fingerprint.of(finding(Rule.LEAK_EXECUTOR_NOT_SHUTDOWN, 12, "run"), LINE),
                Fingerprint.of(finding(Rule.LEAK_EXECUTOR_NOT_SHUTDOWN, 12, "stop"), LINE));
    }

    @Test
    void fingerprintIsThirtyTwoHexDigits() {
        assertEquals(32, Fingerprint.of(finding(Rule.LEAK_EXECUTOR_NOT_SHUTDOWN, 12, "run"), LINE).value()
                .chars().filter(c -> Character.digit(c, 16) >= 0).count());
    }
}
