package io.github.leakhound.detectors.engine;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.DetectorFactory;
import edu.umd.cs.findbugs.DetectorFactoryCollection;
import edu.umd.cs.findbugs.FindBugs2;
import edu.umd.cs.findbugs.Plugin;
import edu.umd.cs.findbugs.PluginException;
import edu.umd.cs.findbugs.Project;
import edu.umd.cs.findbugs.config.UserPreferences;
import io.github.leakhound.core.AnalysisResult;
import io.github.leakhound.core.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One in-process SpotBugs analysis with only leakhound's detectors enabled. */
final class SpotBugsRun {

    /**
     * SpotBugs keeps plugins and detector factories in JVM-wide registries ({@code Plugin},
     * {@code PluginLoader}, {@code DetectorFactoryCollection}) that are not thread-safe, and each run replaces
     * the current detector factory collection. Two analyses at once (a {@code mvn -T} build analyses modules in
     * parallel in one JVM) would load the plugin twice or swap the collection under each other's feet, so runs
     * take turns. This lock is the only static state, and it holds no data.
     */
    private static final Object SPOTBUGS_GLOBALS = new Object();

    private static final int MAX_MISSING_CLASSES_NAMED = 20;

    private final List<Path> classRoots;
    private final List<Path> auxClasspath;

    SpotBugsRun(List<Path> classRoots, List<Path> auxClasspath) {
        this.classRoots = List.copyOf(classRoots);
        this.auxClasspath = List.copyOf(auxClasspath);
    }

    AnalysisResult execute() {
        synchronized (SPOTBUGS_GLOBALS) {
            List<String> warnings = new ArrayList<>();
            try {
                Plugin plugin = LeakhoundPlugin.load();
                // A fresh collection holds the core plugin and every plugin loaded so far, ours included,
                // whatever an earlier SpotBugs user of this JVM left behind.
                DetectorFactoryCollection.resetInstance(new DetectorFactoryCollection());
                CollectingBugReporter reporter = analyse(plugin);
                return result(reporter, warnings);
            } catch (PluginException e) {
                warnings.add("leakhound's SpotBugs plugin could not be loaded, no class was analysed: " + e.getMessage());
            } catch (IOException e) {
                warnings.add("SpotBugs could not read the classes to analyse " + classRoots + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                warnings.add("The bytecode analysis was interrupted; its findings are incomplete");
            } catch (RuntimeException | AssertionError e) {
                // SpotBugs can fail on input it does not understand (say, a class file newer than it supports),
                // sometimes with an AssertionError. That must end up as a warning, never as a broken build.
                warnings.add("SpotBugs failed while analysing " + classRoots + ": " + e);
            }
            return new AnalysisResult(List.of(), warnings);
        }
    }

    private CollectingBugReporter analyse(Plugin plugin) throws IOException, InterruptedException {
        CollectingBugReporter reporter = new CollectingBugReporter();
        try (FindBugs2 engine = new FindBugs2(); Project project = project()) {
            engine.setProject(project);
            engine.setDetectorFactoryCollection(DetectorFactoryCollection.instance());
            engine.setBugReporter(reporter);
            engine.setUserPreferences(onlyDetectorsOf(plugin));
            // Class roots without classes are no error: the result is simply empty.
            engine.setNoClassOk(true);
            engine.execute();
        }
        return reporter;
    }

    private Project project() {
        Project project = new Project();
        project.setProjectName("leakhound");
        classRoots.forEach(root -> project.addFile(root.toAbsolutePath().toString()));
        auxClasspath.forEach(entry -> project.addAuxClasspathEntry(entry.toAbsolutePath().toString()));
        runningJdk().ifPresent(jdk -> project.addAuxClasspathEntry(jdk.toString()));
        return project;
    }

    /**
     * The running JDK's class library, so that JDK types resolve (Executors, ExecutorService, HttpClient).
     * SpotBugs finds it through {@code jrt-fs.jar}, which it can open as a class path entry.
     */
    private static Optional<Path> runningJdk() {
        Path jrtFileSystem = Path.of(System.getProperty("java.home"), "lib", "jrt-fs.jar");
        return Files.isRegularFile(jrtFileSystem) ? Optional.of(jrtFileSystem) : Optional.empty();
    }

    /**
     * Chooses leakhound's detectors only. SpotBugs still enables, by itself, the non-reporting core detectors
     * that reporting ones depend on (FieldItemSummary, through the core plugin's ordering constraints); the
     * opcode stack and value numbering that leakhound's detectors use read their results.
     */
    private static UserPreferences onlyDetectorsOf(Plugin plugin) {
        UserPreferences preferences = UserPreferences.createDefaultUserPreferences();
        preferences.getFilterSettings().clearAllCategories();
        preferences.enableAllDetectors(false);
        for (DetectorFactory factory : plugin.getDetectorFactories()) {
            preferences.enableDetector(factory, true);
        }
        return preferences;
    }

    /** Converted while the lock is held: rendering a message looks its pattern up in the JVM-wide registry. */
    private static AnalysisResult result(CollectingBugReporter reporter, List<String> warnings) {
        FindingConverter converter = new FindingConverter(warnings);
        List<Finding> findings = new ArrayList<>();
        for (BugInstance bug : reporter.bugs()) {
            converter.toFinding(bug).ifPresent(findings::add);
            skippedClass(bug).ifPresent(warnings::add);
        }
        warnings.addAll(reporter.errors());
        missingClassesWarning(reporter.missingClasses()).ifPresent(warnings::add);
        return new AnalysisResult(findings, warnings);
    }

    private static Optional<String> skippedClass(BugInstance bug) {
        return "SKIPPED_CLASS_TOO_BIG".equals(bug.getType())
                ? Optional.of(bug.getPrimarySourceLineAnnotation().getSourcePath() + ": class "
                        + bug.getPrimaryClass().getClassName() + " is too big for SpotBugs and was not analysed")
                : Optional.empty();
    }

    private static Optional<String> missingClassesWarning(List<String> missing) {
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        String named = String.join(", ", missing.subList(0, Math.min(missing.size(), MAX_MISSING_CLASSES_NAMED)));
        String more = missing.size() > MAX_MISSING_CLASSES_NAMED
                ? " and " + (missing.size() - MAX_MISSING_CLASSES_NAMED) + " more" : "";
        return Optional.of(missing.size() + " classes needed by the analysis are not on its classpath, so findings"
                + " that depend on them may be missed (add their jars to the auxiliary classpath): " + named + more);
    }
}
