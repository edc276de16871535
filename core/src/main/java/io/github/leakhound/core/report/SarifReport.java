package io.github.leakhound.core.report;

import io.github.leakhound.core.Category;
import io.github.leakhound.core.Engine;
import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders findings as a SARIF 2.1.0 log that GitHub code scanning accepts: one run, the whole catalog as the
 * driver's rules (with help text that links each rule's page), one result per finding with a
 * {@code %SRCROOT%}-relative location and a {@link Fingerprint} under {@code partialFingerprints}. Output is
 * deterministic (sorted findings, no timestamps, no absolute paths), so two runs over the same code give identical
 * files.
 */
public final class SarifReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SOURCE_ROOT = "%SRCROOT%";

    private final String toolVersion;
    private final RuleDocs ruleDocs;
    private final SourceLines sourceLines;
    private final String uriPrefix;

    /** A report with the default rule pages, fingerprints without line text and URIs as the findings spell them. */
    public SarifReport(String toolVersion) {
        this(toolVersion, RuleDocs.defaults(), SourceLines.NONE, "");
    }

    private SarifReport(String toolVersion, RuleDocs ruleDocs, SourceLines sourceLines, String uriPrefix) {
        this.toolVersion = toolVersion;
        this.ruleDocs = ruleDocs;
        this.sourceLines = sourceLines;
        this.uriPrefix = uriPrefix;
    }

    /** This report, linking rule help to the pages of {@code docs}. */
    public SarifReport withRuleDocs(RuleDocs docs) {
        return new SarifReport(toolVersion, docs, sourceLines, uriPrefix);
    }

    /** This report, fingerprinting findings with the text of their lines read from {@code lines}. */
    public SarifReport withSourceLines(SourceLines lines) {
        return new SarifReport(toolVersion, ruleDocs, lines, uriPrefix);
    }

    /**
     * This report with {@code prefix} (such as {@code orders-service/}) put before every finding's path: code
     * scanning resolves URIs against the repository root, while findings of one module of a multi-module build
     * are relative to that module.
     */
    public SarifReport withUriPrefix(String prefix) {
        String normalised = prefix.replace('\\', '/');
        boolean needsSlash = !normalised.isEmpty() && !normalised.endsWith("/");
        return new SarifReport(toolVersion, ruleDocs, sourceLines, needsSlash ? normalised + "/" : normalised);
    }

    /** The SARIF JSON text for these findings. */
    public String render(List<Finding> findings) {
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run(findings)));
        return Json.render(log);
    }

    /** Writes the SARIF log for these findings to {@code file}, creating its parent directories. */
    public void write(List<Finding> findings, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, render(findings), StandardCharsets.UTF_8);
    }

    private Map<String, Object> run(List<Finding> findings) {
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "leakhound");
        driver.put("version", toolVersion);
        driver.put("semanticVersion", toolVersion);
        driver.put("rules", rules());

        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("originalUriBaseIds", Map.of(SOURCE_ROOT, Map.of("description",
                Map.of("text", "The directory the build ran in; result paths are relative to it."))));
        run.put("results", findings.stream().sorted(Finding.BY_POSITION).map(this::result).toList());
        run.put("columnKind", "utf16CodeUnits");
        return run;
    }

    private List<Object> rules() {
        List<Object> rules = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            Map<String, Object> descriptor = new LinkedHashMap<>();
            descriptor.put("id", rule.id());
            descriptor.put("name", pascalCase(rule.id()));
            descriptor.put("shortDescription", Map.of("text", rule.title()));
            descriptor.put("fullDescription", Map.of("text", rule.description()));
            // Map.of iterates in a per-JVM random order; reports must be byte-identical across runs.
            Map<String, Object> help = new LinkedHashMap<>();
            // Code scanning shows the help text but ignores helpUri, so the link lives in the text as well.
            String page = ruleDocs.pageOf(rule);
            help.put("text", rule.description() + "\n\nFix: " + rule.fix() + "\n\nDocumentation: " + page);
            help.put("markdown", "**" + rule.title() + "**\n\n" + rule.description() + "\n\n**Fix:** " + rule.fix()
                    + "\n\n[Rule documentation](" + page + ")");
            descriptor.put("help", help);
            descriptor.put("helpUri", page);
            descriptor.put("defaultConfiguration", Map.of("level", rule.severity().sarifLevel()));
            descriptor.put("properties", properties(rule));
            rules.add(descriptor);
        }
        return rules;
    }

    private static Map<String, Object> properties(Rule rule) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("tags", List.of("concurrency", "leak", category(rule.category())));
        properties.put("precision", "high");
        return properties;
    }

    private Map<String, Object> result(Finding finding) {
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("startLine", finding.location().line());
        if (finding.location().column() > 0) {
            region.put("startColumn", finding.location().column());
        }
        Map<String, Object> artifact = new LinkedHashMap<>();
        artifact.put("uri", uriPrefix + finding.location().sourcePath());
        artifact.put("uriBaseId", SOURCE_ROOT);
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", artifact);
        physical.put("region", region);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ruleId", finding.rule().id());
        result.put("ruleIndex", finding.rule().ordinal());
        result.put("level", finding.severity().sarifLevel());
        result.put("message", Map.of("text", finding.message()));
        result.put("locations", List.of(Map.of("physicalLocation", physical)));
        result.put("partialFingerprints",
                Map.of(Fingerprint.SARIF_KEY, Fingerprint.of(finding, sourceLines).value()));
        result.put("properties", Map.of("engines",
                finding.engines().stream().map(SarifReport::engineName).toList()));
        return result;
    }

    private static String engineName(Engine engine) {
        return engine.name().toLowerCase(Locale.ROOT);
    }

    private static String category(Category category) {
        return category.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** LEAK_EXECUTOR_NOT_SHUTDOWN → LeakExecutorNotShutdown, SARIF's convention for rule names. */
    static String pascalCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String word : id.split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }
}
