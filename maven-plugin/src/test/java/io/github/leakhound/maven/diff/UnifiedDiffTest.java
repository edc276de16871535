package io.github.leakhound.maven.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    private static final String DIFF = """
            diff --git a/src/main/java/com/acme/Orders.java b/src/main/java/com/acme/Orders.java
            index 1111111..2222222 100644
            --- a/src/main/java/com/acme/Orders.java
            +++ b/src/main/java/com/acme/Orders.java
            @@ -3,0 +4,2 @@ class Orders {
            +    ExecutorService pool = Executors.newFixedThreadPool(4);
            +    pool.submit(task);
            @@ -20 +22 @@ class Orders {
            -        old();
            +        renamed();
            @@ -30,3 +32,0 @@ class Orders {
            -        gone();
            -        gone();
            -        gone();
            diff --git a/src/main/java/com/acme/Old.java b/src/main/java/com/acme/Old.java
            deleted file mode 100644
            --- a/src/main/java/com/acme/Old.java
            +++ /dev/null
            @@ -1,2 +0,0 @@
            -class Old {
            -}
            """;

    @Test
    void hunkWithCountCoversThatManyNewLines() {
        ChangedLines changed = UnifiedDiff.parse(DIFF);

        assertEquals(List.of(new LineRange(4, 5), new LineRange(22, 22)),
                changed.rangesByFile().get("src/main/java/com/acme/Orders.java"));
    }

    @Test
    void linesOutsideTheHunksAreUnchanged() {
        ChangedLines changed = UnifiedDiff.parse(DIFF);

        assertTrue(changed.contains("src/main/java/com/acme/Orders.java", 5));
        assertFalse(changed.contains("src/main/java/com/acme/Orders.java", 6));
        assertFalse(changed.contains("src/main/java/com/acme/Orders.java", 32), "a pure deletion adds no line");
    }

    @Test
    void deletedFilesHaveNoChangedLines() {
        assertEquals(1, UnifiedDiff.parse(DIFF).rangesByFile().size());
    }

    @Test
    void quotedPathsAreUnquoted() {
        ChangedLines changed = UnifiedDiff.parse("""
                +++ "b/src/we\\"ird.java"
                @@ -1 +1 @@
                """);

        assertTrue(changed.contains("src/we\"ird.java", 1), changed.toString());
    }

    @Test
    void untrackedFilesAreWhollyChanged() {
        ChangedLines changed = UnifiedDiff.parse("").withWholeFiles(Set.of("src/New.java"));

        assertTrue(changed.contains("src/New.java", 400));
    }
}
