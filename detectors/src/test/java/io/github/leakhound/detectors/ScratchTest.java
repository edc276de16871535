package io.github.leakhound.detectors;

import io.github.leakhound.detectors.samples.FieldExecutors;
import io.github.leakhound.detectors.samples.LocalExecutors;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchTest {
    @Test
    void dump(@TempDir Path dir) {
        for (Class<?> c : new Class<?>[] {LocalExecutors.class, FieldExecutors.class}) {
            long start = System.nanoTime();
            SampleRun run = SampleRun.of(c, dir.resolve(c.getSimpleName()));
            System.out.println("== " + c.getSimpleName() + " " + (System.nanoTime() - start) / 1_000_000 + " ms");
            run.findings().forEach(f -> System.out.println(f.location() + " " + f.rule() + " " + f.severity() + " | " + f.message()));
            run.result().warnings().forEach(w -> System.out.println("WARN " + w));
            try { run.assertMatchesMarkers(); } catch (AssertionError e) { System.out.println(e.getMessage()); }
        }
    }
}
