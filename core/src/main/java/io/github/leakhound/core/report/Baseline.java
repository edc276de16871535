package io.github.leakhound.core.report;

import io.github.leakhound.core.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The findings a team has accepted for now ({@code leakhound-baseline.json}): a check with a baseline reports only
 * findings whose {@link Fingerprint} is not in it. The file is sorted and has no line numbers or timestamps, so it
 * changes only when the accepted findings do and reviews well.
 */
public final class Baseline {

    static final int FORMAT_VERSION = 1;

    private final List<BaselineEntry> entries;
    private final Set<Fingerprint> fingerprints;

    private Baseline(List<BaselineEntry> entries) {
        this.entries = entries.stream().distinct().sorted(BaselineEntry.READING_ORDER).toList();
        this.fingerprints = this.entries.stream().map(BaselineEntry::fingerprint).collect(Collectors.toUnmodifiableSet());
    }

    /** The baseline that accepts every one of {@code findings}. */
    public static Baseline of(List<Finding> findings, SourceLines sourceLines) {
        return new Baseline(findings.stream().map(finding -> BaselineEntry.of(finding, sourceLines)).toList());
    }

    /** The baseline in {@code file}; an {@link IOException} naming the file when it cannot be read or is malformed. */
    public static Baseline read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try {
            return new Baseline(BaselineFormat.entries(JsonParser.parse(text)));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " is not a leakhound baseline: " + e.getMessage(), e);
        }
    }

    /** Writes this baseline to {@code file}, creating its parent directories. */
    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, render(), StandardCharsets.UTF_8);
    }

    /** The JSON text of this baseline. */
    public String render() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("tool", "leakhound");
        document.put("formatVersion", FORMAT_VERSION);
        document.put("fingerprint", Fingerprint.SARIF_KEY);
        document.put("findings", entries.stream().map(BaselineFormat::json).toList());
        return Json.render(document);
    }

    /** True when the finding with this fingerprint is accepted. */
    public boolean contains(Fingerprint fingerprint) {
        return fingerprints.contains(fingerprint);
    }

    /** The accepted findings, in reading order. */
    public List<BaselineEntry> entries() {
        return entries;
    }
}
