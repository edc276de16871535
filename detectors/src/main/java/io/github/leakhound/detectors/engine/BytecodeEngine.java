package io.github.leakhound.detectors.engine;

import io.github.leakhound.core.AnalysisResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        if (roots.isEmpty()) {
            return new AnalysisResult(List.of(), warnings);
        }
        AnalysisResult analysed = new SpotBugsRun(roots, aux).execute();
        warnings.addAll(analysed.warnings());
        return new AnalysisResult(analysed.findings(), warnings);
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
