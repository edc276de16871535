package io.github.leakhound.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.leakhound.core.AnalysisResult;
import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Rule;
import io.github.leakhound.detectors.engine.BytecodeEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One bytecode-engine run over sample classes, copied on their own into a fresh class directory so that no
 * other test class takes part in the whole-program facts.
 */
final class SampleRun {

    private final Class<?> sample;
    private final AnalysisResult result;

    private SampleRun(Class<?> sample, AnalysisResult result) {
        this.sample = sample;
        this.result = result;
    }

    /** Analyses a sample class together with all its nested classes. */
    static SampleRun of(Class<?> sample) {
        String simpleName = sample.getSimpleName();
        return analyse(sample, name -> name.equals(simpleName + ".class") || name.startsWith(simpleName + "$"));
    }

    /** Analyses only some nested classes of a sample, named by simple name, without their neighbours. */
    static SampleRun ofNested(Class<?> sample, String... nestedClasses) {
        Set<String> files = Stream.of(nestedClasses)
                .map(nested -> sample.getSimpleName() + "$" + nested + ".class")
                .collect(Collectors.toSet());
        return analyse(sample, files::contains);
    }

    private static SampleRun analyse(Class<?> sample, Predicate<String> classFileName) {
        Path workDirectory = null;
        try {
            workDirectory = Files.createTempDirectory("leakhound-sample");
            Path classRoot = workDirectory.resolve("classes");
            copyClassFiles(sample, classFileName, classRoot);
            return new SampleRun(sample, new BytecodeEngine().analyze(List.of(classRoot), List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteRecursively(workDirectory);
        }
    }

    AnalysisResult result() {
        return result;
    }

    List<Finding> findings() {
        return result.findings();
    }

    /** The rules reported in one method, or about one field, of the sample (nested classes included). */
    List<Rule> rulesIn(String memberName) {
        return findings().stream().filter(f -> f.location().memberName().equals(memberName)).map(Finding::rule).toList();
    }

    /** The rules reported in one nested class of the sample, by simple name. */
    List<Rule> rulesInNested(String simpleName) {
        String typeName = sample.getName() + "$" + simpleName;
        return findings().stream().filter(f -> f.location().typeName().equals(typeName)).map(Finding::rule).toList();
    }

    /** The one finding reported in a method or about a field; fails if there is not exactly one. */
    Finding onlyFindingIn(String memberName) {
        List<Finding> in = findings().stream().filter(f -> f.location().memberName().equals(memberName)).toList();
        assertEquals(1, in.size(), () -> "findings in " + memberName + ": " + in);
        return in.get(0);
    }

    /** The one finding reported in one nested class of the sample, by simple name; fails if there is not exactly one. */
    Finding onlyFindingInNested(String simpleName) {
        String typeName = sample.getName() + "$" + simpleName;
        List<Finding> in = findings().stream().filter(f -> f.location().typeName().equals(typeName)).toList();
        assertEquals(1, in.size(), () -> "findings in " + simpleName + ": " + in);
        return in.get(0);
    }

    /** Fails, listing both differences, unless the findings are exactly the markers of the sample's source. */
    void assertMatchesMarkers() {
        Set<String> expected = Markers.in(sourceFile());
        Set<String> found = findings().stream()
                .map(f -> Markers.entry(f.location().line(), f.rule().id()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> missed = new TreeSet<>(expected);
        missed.removeAll(found);
        Set<String> extra = new TreeSet<>(found);
        extra.removeAll(expected);
        assertEquals("", (missed.isEmpty() ? "" : "missed:\n" + String.join("\n", missed) + "\n")
                + (extra.isEmpty() ? "" : "extra:\n" + String.join("\n", extra) + "\n"), "in " + sourceFile());
    }

    private Path sourceFile() {
        return Path.of("src/test/java", sample.getName().replace('.', '/') + ".java");
    }

    private static void copyClassFiles(Class<?> sample, Predicate<String> classFileName, Path classRoot)
            throws IOException {
        String packagePath = sample.getPackageName().replace('.', '/');
        Path compiled = compiledClasses(sample).resolve(packagePath);
        Path target = Files.createDirectories(classRoot.resolve(packagePath));
        try (Stream<Path> classes = Files.list(compiled)) {
            for (Path classFile : classes.filter(file -> classFileName.test(file.getFileName().toString())).toList()) {
                Files.copy(classFile, target.resolve(classFile.getFileName()));
            }
        }
    }

    private static Path compiledClasses(Class<?> sample) {
        try {
            return Path.of(sample.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
