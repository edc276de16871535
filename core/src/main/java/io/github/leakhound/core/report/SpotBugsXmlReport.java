package io.github.leakhound.core.report;

import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Location;
import io.github.leakhound.core.Rule;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Renders findings as a SpotBugs-compatible XML report ({@code BugCollection} of {@code BugInstance}s with class,
 * source line and messages), so that tools that read SpotBugs reports, such as Jenkins warnings-ng or a Sonar
 * import, pick leakhound's findings up. Paths are the findings' own (project-relative), and the project's base
 * directory is the one {@code SrcDir}, where those tools look the files up.
 */
public final class SpotBugsXmlReport {

    /** SpotBugs' category for concurrency bugs, the one leakhound's detectors declare. */
    static final String CATEGORY = "MT_CORRECTNESS";
    static final String ABBREV = "LEAK";
    static final String CWE_RESOURCE_NOT_RELEASED = "404";

    private final String toolVersion;
    private final SourceLines sourceLines;

    /**
     * @param toolVersion the leakhound version, written as the collection's version
     * @param sourceLines the source text, for each instance's {@link Fingerprint} (its {@code instanceHash})
     */
    public SpotBugsXmlReport(String toolVersion, SourceLines sourceLines) {
        this.toolVersion = toolVersion;
        this.sourceLines = sourceLines;
    }

    /** The XML text for these findings; {@code sourceDirectory} is where their paths start. */
    public String render(List<Finding> findings, String sourceDirectory) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("BugCollection");
            xml.writeAttribute("version", toolVersion);
            xml.writeAttribute("sequence", "0");
            xml.writeAttribute("release", "");
            writeProject(xml, sourceDirectory);
            for (Finding finding : findings.stream().sorted(Finding.BY_POSITION).toList()) {
                writeBugInstance(xml, finding);
            }
            writeCatalog(xml, findings);
            xml.writeCharacters("\n  ");
            xml.writeEmptyElement("Errors");
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("missingClasses", "0");
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the SpotBugs XML report: " + e.getMessage(), e);
        }
        return text.append('\n').toString();
    }

    /** Writes the report for these findings to {@code file}, creating its parent directories. */
    public void write(List<Finding> findings, String sourceDirectory, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, render(findings, sourceDirectory), StandardCharsets.UTF_8);
    }

    private static void writeProject(XMLStreamWriter xml, String sourceDirectory) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("Project");
        xml.writeAttribute("projectName", "");
        xml.writeStartElement("SrcDir");
        xml.writeCharacters(sourceDirectory);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void writeBugInstance(XMLStreamWriter xml, Finding finding) throws XMLStreamException {
        Location location = finding.location();
        xml.writeCharacters("\n  ");
        xml.writeStartElement("BugInstance");
        xml.writeAttribute("type", finding.rule().id());
        xml.writeAttribute("priority", Integer.toString(finding.severity().spotBugsPriority()));
        xml.writeAttribute("abbrev", ABBREV);
        xml.writeAttribute("category", CATEGORY);
        xml.writeAttribute("cweid", CWE_RESOURCE_NOT_RELEASED);
        xml.writeAttribute("instanceHash", Fingerprint.of(finding, sourceLines).value());
        textElement(xml, "ShortMessage", finding.rule().title());
        textElement(xml, "LongMessage", finding.message());
        xml.writeCharacters("\n    ");
        xml.writeStartElement("Class");
        xml.writeAttribute("classname", location.typeName());
        xml.writeAttribute("primary", "true");
        xml.writeCharacters("\n      ");
        writeSourceLine(xml, location, false);
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
        xml.writeCharacters("\n    ");
        writeSourceLine(xml, location, true);
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void writeSourceLine(XMLStreamWriter xml, Location location, boolean primary)
            throws XMLStreamException {
        xml.writeEmptyElement("SourceLine");
        xml.writeAttribute("classname", location.typeName());
        xml.writeAttribute("start", Integer.toString(location.line()));
        xml.writeAttribute("end", Integer.toString(location.line()));
        xml.writeAttribute("sourcefile", fileName(location.sourcePath()));
        xml.writeAttribute("sourcepath", location.sourcePath());
        if (primary) {
            xml.writeAttribute("primary", "true");
        }
    }

    /** The descriptions of the reported patterns, which SpotBugs readers show beside each instance. */
    private static void writeCatalog(XMLStreamWriter xml, List<Finding> findings) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("BugCategory");
        xml.writeAttribute("category", CATEGORY);
        textElement(xml, "Description", "Multithreaded correctness");
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
        Set<Rule> reported = EnumSet.noneOf(Rule.class);
        findings.forEach(finding -> reported.add(finding.rule()));
        for (Rule rule : reported) {
            xml.writeCharacters("\n  ");
            xml.writeStartElement("BugPattern");
            xml.writeAttribute("type", rule.id());
            xml.writeAttribute("abbrev", ABBREV);
            xml.writeAttribute("category", CATEGORY);
            xml.writeAttribute("cweid", CWE_RESOURCE_NOT_RELEASED);
            textElement(xml, "ShortDescription", rule.title());
            textElement(xml, "Details", rule.description() + " Fix: " + rule.fix());
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeStartElement("BugCode");
        xml.writeAttribute("abbrev", ABBREV);
        xml.writeAttribute("cweid", CWE_RESOURCE_NOT_RELEASED);
        textElement(xml, "Description", "Concurrency resource leak");
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void textElement(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String fileName(String sourcePath) {
        return sourcePath.substring(sourcePath.lastIndexOf('/') + 1);
    }
}
