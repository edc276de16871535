package io.github.leakhound.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.leakhound.core.AnalysisResult;
import io.github.leakhound.core.Engine;
import io.github.leakhound.core.Finding;
import io.github.leakhound.detectors.engine.BytecodeEngine;
import io.github.leakhound.detectors.samples.FieldExecutors;
import io.github.leakhound.detectors.samples.LocalExecutors;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's contract: findings from class directories and jars, and warnings instead of exceptions. */
class BytecodeEngineTest {

    private static final String SAMPLE_PATH = "io/github/leakhound/detectors/samples/";

    @TempDir
    Path workDirectory;

    @Test
    void findingsComeFromTheBytecodeEngineOnly() {
        List<Finding> findings = SampleRun.of(LocalExecutors.class).findings();
        assertTrue(!findings.isEmpty());
        findings.forEach(finding -> assertEquals(Set.of(Engine.BYTECODE), finding.engines()));
    }

    @Test
    void missingClassRootBecomesAWarning() {
        Path missing = workDirectory.resolve("no-such-classes");
        AnalysisResult result = new BytecodeEngine().analyze(List.of(missing), List.of());
        assertEquals(List.of(), result.findings());
        assertEquals(1, result.warnings().size());
        assertTrue(result.warnings().get(0).contains(missing.toString()), result.warnings().get(0));
    }

    @Test
    void missingClasspathEntryBecomesAWarningAndTheAnalysisGoesOn() throws IOException {
        Path classes = copyOf("LocalExecutors.class");
        Path missing = workDirectory.resolve("no-such.jar");
        AnalysisResult result = new BytecodeEngine().analyze(List.of(classes), List.of(missing));
        assertTrue(result.warnings().stream().anyMatch(warning -> warning.contains(missing.toString())), result.warnings()::toString);
        assertTrue(!result.findings().isEmpty());
    }

    @Test
    void unreadableClassFileBecomesAWarningAndTheOtherClassesAreStillAnalysed() throws IOException {
        Path classes = copyOf("LocalExecutors.class");
        Files.writeString(classes.resolve(SAMPLE_PATH + "Broken.class"), "not a class file");
        AnalysisResult result = new BytecodeEngine().analyze(List.of(classes), List.of());
        assertTrue(result.warnings().stream().anyMatch(warning -> warning.contains("Broken")), result.warnings()::toString);
        assertTrue(!result.findings().isEmpty());
    }

    @Test
    void classNeededByTheAnalysisButMissingBecomesAWarning() throws IOException {
        // Lifecycle reads a field of ShutDownByAnotherClass, which is left out.
        Path classes = copyOf("FieldExecutors$Lifecycle.class");
        AnalysisResult result = new BytecodeEngine().analyze(List.of(classes), List.of());
        assertTrue(result.warnings().stream().anyMatch(warning -> warning.contains("FieldExecutors$ShutDownByAnotherClass")),
                result.warnings()::toString);
    }

    @Test
    void emptyClassRootGivesNoFindingsAndNoException() throws IOException {
        Path empty = Files.createDirectories(workDirectory.resolve("empty"));
        assertEquals(List.of(), new BytecodeEngine().analyze(List.of(empty), List.of()).findings());
    }

    @Test
    void jarIsAnalysedLikeAClassDirectory() throws IOException {
        Path classes = copyOf("LocalExecutors.class");
        Path jar = workDirectory.resolve("samples.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(SAMPLE_PATH + "LocalExecutors.class"));
            Files.copy(classes.resolve(SAMPLE_PATH + "LocalExecutors.class"), out);
            out.closeEntry();
        }
        List<Finding> fromJar = new BytecodeEngine().analyze(List.of(jar), List.of()).findings();
        List<Finding> fromDirectory = new BytecodeEngine().analyze(List.of(classes), List.of()).findings();
        assertEquals(fromDirectory, fromJar);
    }

    @Test
    void concurrentAnalysesGiveTheSameFindingsAsOneAlone() throws Exception {
        Path locals = copyOf("LocalExecutors.class");
        List<Finding> alone = new BytecodeEngine().analyze(List.of(locals), List.of()).findings();
        Callable<List<Finding>> analysis = () -> new BytecodeEngine().analyze(List.of(locals), List.of()).findings();
        try (ExecutorService threads = Executors.newFixedThreadPool(3)) {
            List<Future<List<Finding>>> runs = threads.invokeAll(List.of(analysis, analysis, analysis));
            for (Future<List<Finding>> run : runs) {
                assertEquals(alone, run.get());
            }
        }
    }

    @Test
    void fieldFactsOfOneRunDoNotLeakIntoTheNext() {
        // The release lives in Lifecycle; a later run without it must not remember it.
        assertEquals(List.of(), SampleRun.of(FieldExecutors.class).rulesInNested("ShutDownByAnotherClass"));
        assertEquals(1, SampleRun.ofNested(FieldExecutors.class, "ShutDownByAnotherClass")
                .rulesInNested("ShutDownByAnotherClass").size());
    }

    /** A fresh class directory holding copies of some sample class files. */
    private Path copyOf(String... classFiles) throws IOException {
        Path root = workDirectory.resolve("classes");
        Path samples = Files.createDirectories(root.resolve(SAMPLE_PATH));
        for (String classFile : classFiles) {
            Files.copy(compiledSamples().resolve(classFile), samples.resolve(classFile));
        }
        return root;
    }

    private static Path compiledSamples() {
        try {
            return Path.of(LocalExecutors.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .resolve(SAMPLE_PATH);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
