package io.github.leakhound.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.leakhound.core.Engine;
import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Location;
import io.github.leakhound.core.Rule;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The detectors jar is a drop-in SpotBugs plugin: the standalone SpotBugs engine, started in its own JVM
 * with {@code -pluginList}, loads it and reports exactly the corpus findings the bytecode engine must report.
 */
class StandaloneSpotBugsTest {

    @Test
    void standaloneSpotBugsWithPluginListReportsTheCorpusFindings(@TempDir Path work) throws Exception {
        List<String> classpath = testClasspath();
        String pluginJar = classpath.stream()
                .filter(entry -> Path.of(entry).getFileName().toString().matches("leakhound-detectors-.*\\.jar"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("leakhound-detectors jar not on the test classpath: " + classpath));
        List<String> spotbugsClasspath = classpath.stream().filter(entry -> !entry.equals(pluginJar)).toList();
        Path xml = work.resolve("spotbugs.xml");

        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, spotbugsClasspath),
                "edu.umd.cs.findbugs.LaunchAppropriateUI",
                "-textui", "-low", "-quiet",
                "-pluginList", pluginJar,
                "-xml:withMessages", "-output", xml.toString(),
                EngineAcceptance.CORPUS_CLASSES.toAbsolutePath().toString());
        Process spotbugs = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("spotbugs.log").toFile())
                .start();
        assertTrue(spotbugs.waitFor(5, TimeUnit.MINUTES), "standalone SpotBugs did not finish");
        String log = Files.readString(work.resolve("spotbugs.log"), StandardCharsets.UTF_8);
        assertEquals(0, spotbugs.exitValue(), "standalone SpotBugs failed:\n" + log);

        List<Expectation> expectations = new ExpectationReader().readTree(EngineAcceptance.CORPUS_SOURCES);
        Scoreboard scoreboard = Scoreboard.of(Engine.BYTECODE, expectations, leakhoundFindings(xml));
        System.out.println("standalone SpotBugs with -pluginList:");
        System.out.println(scoreboard.render());
        assertTrue(scoreboard.isExact(), () -> "standalone SpotBugs disagrees with the corpus markers:"
                + System.lineSeparator() + scoreboard.mismatches() + System.lineSeparator() + log);
    }

    /** Surefire puts the real test classpath in this property when it starts tests from a manifest-only jar. */
    private static List<String> testClasspath() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classpath.split(File.pathSeparator)).filter(entry -> !entry.isBlank()).toList();
    }

    /** The leakhound bug instances of a SpotBugs XML report, as findings at their primary source line. */
    private static List<Finding> leakhoundFindings(Path xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        Document report = factory.newDocumentBuilder().parse(xml.toFile());
        List<Finding> findings = new ArrayList<>();
        var bugs = report.getElementsByTagName("BugInstance");
        for (int i = 0; i < bugs.getLength(); i++) {
            Element bug = (Element) bugs.item(i);
            Optional<Rule> rule = Rule.byId(bug.getAttribute("type"));
            Optional<Element> line = primarySourceLine(bug);
            if (rule.isPresent() && line.isPresent()) {
                Location location = new Location(line.get().getAttribute("sourcepath"),
                        Integer.parseInt(line.get().getAttribute("start")), 0,
                        line.get().getAttribute("classname"), "");
                findings.add(Finding.of(rule.get(), location, bug.getAttribute("type"), Engine.BYTECODE));
            }
        }
        return findings;
    }

    private static Optional<Element> primarySourceLine(Element bug) {
        Element first = null;
        for (Node child = bug.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals("SourceLine")) {
                if ("true".equals(element.getAttribute("primary"))) {
                    return Optional.of(element);
                }
                first = first == null ? element : first;
            }
        }
        return Optional.ofNullable(first);
    }
}
