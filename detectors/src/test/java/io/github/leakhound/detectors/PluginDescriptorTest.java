package io.github.leakhound.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.leakhound.core.Rule;
import io.github.leakhound.detectors.executor.ExecutorLeakDetector;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The plugin's findbugs.xml, messages.xml and bugrank.txt agree with the catalog in leakhound-core. */
class PluginDescriptorTest {

    /** The catalog holds exactly the families the plugin implements, so it must describe every rule. */
    private static final Set<String> ALL_RULES = Arrays.stream(Rule.values())
            .map(Rule::id)
            .collect(Collectors.toCollection(TreeSet::new));

    @Test
    void findbugsXmlDeclaresABugPatternForEveryCatalogRuleAndNoOther() throws Exception {
        assertEquals(ALL_RULES, attributes(parse("findbugs.xml"), "BugPattern", "type"));
    }

    @Test
    void messagesXmlDescribesEveryCatalogRuleAndNoOther() throws Exception {
        assertEquals(ALL_RULES, attributes(parse("messages.xml"), "BugPattern", "type"));
    }

    @Test
    void everyReportedPatternIsDeclared() throws Exception {
        Set<String> reported = new TreeSet<>();
        for (Element detector : elements(parse("findbugs.xml"), "Detector")) {
            Arrays.stream(detector.getAttribute("reports").split(",")).filter(type -> !type.isBlank()).forEach(reported::add);
        }
        assertEquals(ALL_RULES, reported);
    }

    @Test
    void everyDetectorIsDescribedInMessagesXml() throws Exception {
        assertEquals(attributes(parse("findbugs.xml"), "Detector", "class"),
                attributes(parse("messages.xml"), "Detector", "class"));
    }

    @Test
    void everyDetectorClassExists() throws Exception {
        for (String className : attributes(parse("findbugs.xml"), "Detector", "class")) {
            assertEquals(className, Class.forName(className).getName());
        }
    }

    @Test
    void everyPatternHasTextsAndABadAndAGoodExample() throws Exception {
        for (Element pattern : elements(parse("messages.xml"), "BugPattern")) {
            String type = pattern.getAttribute("type");
            assertFalse(text(pattern, "ShortDescription").isBlank(), type);
            assertTrue(text(pattern, "LongDescription").contains("{"), type + " LongDescription fills no annotation");
            String details = text(pattern, "Details");
            assertTrue(details.contains("<p>Bad:</p>") && details.contains("<p>Good:</p>"), type + " Details examples");
        }
    }

    @Test
    void bugrankRanksEveryCatalogRule() throws IOException {
        // Without its own ranks the plugin inherits SpotBugs' category rank plus the core's again, which lands
        // beyond the default rank threshold and disables the detectors.
        Set<String> ranked = new TreeSet<>();
        for (String line : resource("bugrank.txt").split("\n")) {
            String[] parts = line.trim().split(" ");
            if (parts.length == 3 && "BugPattern".equals(parts[1])) {
                ranked.add(parts[2]);
            }
        }
        assertEquals(ALL_RULES, ranked);
    }

    private static Document parse(String resource) throws ParserConfigurationException, IOException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // The descriptors are plain data: no DTDs, no external entities, no network.
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        try (InputStream in = stream(resource)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = stream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream stream(String name) throws IOException {
        // Read from where the plugin's classes are, not through the class path: the SpotBugs jar on the test
        // class path has files of the same names.
        try {
            Path classes = Path.of(ExecutorLeakDetector.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.newInputStream(classes.resolve(name));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Element> elements(Document document, String tag) {
        NodeList nodes = document.getDocumentElement().getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int index = 0; index < nodes.getLength(); index++) {
            elements.add((Element) nodes.item(index));
        }
        return elements;
    }

    private static Set<String> attributes(Document document, String tag, String attribute) {
        return elements(document, tag).stream().map(element -> element.getAttribute(attribute))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String text(Element parent, String tag) {
        NodeList children = parent.getElementsByTagName(tag);
        return children.getLength() == 0 ? "" : children.item(0).getTextContent();
    }
}
