package io.github.leakhound.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.leakhound.core.Engine;
import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Location;
import io.github.leakhound.core.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    @TempDir
    Path directory;

    private static Finding finding(String path, int line, String message) {
        return Finding.of(Rule.LEAK_EXECUTOR_NOT_SHUTDOWN, new Location(path, line, 9, "a.B", "run"), message,
                Engine.SOURCE);
    }

    private static final SourceLines LINES = (path, line) -> "line " + line + " of " + path;

    @Test
    void writtenBaselineReadsBackWithTheSameFingerprints() throws IOException {
        Finding finding = finding("src/main/java/a/B.java", 3, "pool \"p\" leaks\nbadly");
        Path file = directory.resolve("leakhound-baseline.json");

        Baseline.of(List.of(finding), LINES).write(file);
        Baseline read = Baseline.read(file);

        assertTrue(read.contains(Fingerprint.of(finding, LINES)));
        assertEquals(Baseline.of(List.of(finding), LINES).entries(), read.entries());
    }

    @Test
    void renderingIsSortedByFileAndIndependentOfInputOrder() {
        Finding first = finding("a/A.java", 9, "m");
        Finding second = finding("a/B.java", 1, "m");

        String rendered = Baseline.of(List.of(second, first), LINES).render();

        assertEquals(Baseline.of(List.of(first, second), LINES).render(), rendered);
        assertTrue(rendered.indexOf("a/A.java") < rendered.indexOf("a/B.java"), rendered);
        assertFalse(rendered.contains("\"line\""), "no line numbers: " + rendered);
    }

    @Test
    void aFileThatIsNotABaselineFailsNamingTheFile() throws IOException {
        Path file = directory.resolve("leakhound-baseline.json");
        Files.writeString(file, "{\"findings\": [ {\"rule\": 3} ]}");

        IOException failure = assertThrows(IOException.class, () -> Baseline.read(file));

        assertTrue(failure.getMessage().contains(file.toString()), failure.getMessage());
    }

    @Test
    void truncatedJsonIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> JsonParser.parse("{\"findings\": ["));
    }
}
