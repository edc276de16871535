package io.github.leakhound.detectors.engine;

import io.github.leakhound.core.AnalysisResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bytecode engine: runs SpotBugs in-process with only leakhound's detectors over compiled classes, and
 * returns leakhound findings. Bad input (a missing directory, an unreadable class, a class the analysis needs
 * but cannot find) becomes a warning, never an exception.
 */
public final class BytecodeEngine {

    public BytecodeEngine() {
    }

    /**
     * Analyses every class below the class roots.
     *
     * @param classRoots   class directories or jars to analyse
     * @param auxClasspath directories or jars the analysed classes use (their dependencies); the running JDK's
     *                     classes are always available
     */
    public AnalysisResult analyze(List<Path> classRoots, List<Path> auxClasspath) {
        List<String> warnings = new ArrayList<>();
        List<Path> roots = readable(classRoots, "Class root", warnings);
        List<Path> aux = readable(auxClasspath, "Classpath entry", warnings);
        if (roots.stream().noneMatch(BytecodeEngine::mayHoldClasses)) {
            // Nothing to analyse (a module without code): spare the SpotBugs start-up.
            return new AnalysisResult(List.of(), warnings);
        }
        AnalysisResult analysed = new SpotBugsRun(roots, aux).execute();
        warnings.addAll(analysed.warnings());
        return new AnalysisResult(analysed.findings(), warnings);
    }

    /** A jar, or a directory with at least one class file somewhere below it. */
    private static boolean mayHoldClasses(Path root) {
        if (!Files.isDirectory(root)) {
            return true;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".class"));
        } catch (IOException | UncheckedIOException e) {
            // Let SpotBugs try, and report what it cannot read.
            return true;
        }
    }

    private static List<Path> readable(List<Path> paths, String role, List<String> warnings) {
        List<Path> readable = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isReadable(path)) {
                readable.add(path);
            } else {
                warnings.add(path + ": " + role + " does not exist or cannot be read; skipped");
            }
        }
        return readable;
    }
}
