package io.github.leakhound.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The tests every sample class gets: the bytecode engine runs once over the sample (its nested classes
 * analysed together, as one program), must report exactly its marked lines, and must not warn.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SampleDetectorTest {

    /** The one run of the engine over {@link #sample()}. */
    SampleRun run;

    /** The sample class under test. */
    abstract Class<?> sample();

    @BeforeAll
    void analyseSample() {
        run = SampleRun.of(sample());
    }

    @Test
    void findingsAreExactlyTheMarkedLines() {
        run.assertMatchesMarkers();
    }

    @Test
    void analysisOfTheSampleHasNoWarnings() {
        assertEquals(List.of(), run.result().warnings());
    }
}
