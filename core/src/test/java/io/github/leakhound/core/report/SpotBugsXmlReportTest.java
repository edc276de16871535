package io.github.leakhound.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.leakhound.core.Engine;
import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Location;
import io.github.leakhound.core.Rule;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SpotBugsXmlReportTest {

    private static final String PATH = "src/main/java/com/acme/Orders.java";

    private final SpotBugsXmlReport report = new SpotBugsXmlReport("1.2.3", SourceLines.NONE);

    private static Document parsed(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Finding finding() {
        return Finding.of(Rule.LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN,
                new Location(PATH, 14, 5, "com.acme.Orders$Worker", "pool"), "field `pool` <never> shut down",
                Engine.BYTECODE);
    }

    @Test
    void bugInstanceCarriesTypePriorityCategoryAndMessages() throws Exception {
        Element bug = (Element) parsed(report.render(List.of(finding()), "/project"))
                .getElementsByTagName("BugInstance").item(0);

        assertEquals("LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN", bug.getAttribute("type"));
        assertEquals("2", bug.getAttribute("priority"));
        assertEquals("MT_CORRECTNESS", bug.getAttribute("category"));
        assertEquals("LEAK", bug.getAttribute("abbrev"));
        assertEquals(Rule.LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN.title(),
                bug.getElementsByTagName("ShortMessage").item(0).getTextContent());
        assertEquals("field `pool` <never> shut down", bug.getElementsByTagName("LongMessage").item(0).getTextContent());
    }

    @Test
    void classAndSourceLineNameTheFileAndLine() throws Exception {
        Document xml = parsed(report.render(List.of(finding()), "/project"));
        Element bugClass = (Element) xml.getElementsByTagName("Class").item(0);
        Element primaryLine = (Element) xml.getElementsByTagName("SourceLine").item(1);

        assertEquals("com.acme.Orders$Worker", bugClass.getAttribute("classname"));
        assertEquals("true", primaryLine.getAttribute("primary"));
        assertEquals(PATH, primaryLine.getAttribute("sourcepath"));
        assertEquals("Orders.java", primaryLine.getAttribute("sourcefile"));
        assertEquals("14", primaryLine.getAttribute("start"));
        assertEquals("14", primaryLine.getAttribute("end"));
        assertEquals("/project", xml.getElementsByTagName("SrcDir").item(0).getTextContent());
    }

    @Test
    void reportedPatternsAreDescribed() throws Exception {
        Element pattern = (Element) parsed(report.render(List.of(finding()), "/project"))
                .getElementsByTagName("BugPattern").item(0);

        assertEquals("LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN", pattern.getAttribute("type"));
    }
}
