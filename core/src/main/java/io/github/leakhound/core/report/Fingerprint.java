package io.github.leakhound.core.report;

import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Location;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The identity of a finding that survives unrelated edits: a hash of the rule ID, the project-relative file, the
 * enclosing type and member and the reported line's text with whitespace collapsed, but not the line number, so
 * lines inserted above a finding or a local renamed elsewhere in the file leave it unchanged.
 *
 * @param value lower-case hex, 32 characters
 */
public record Fingerprint(String value) implements Comparable<Fingerprint> {

    /** The key under which SARIF results carry this fingerprint in {@code partialFingerprints}. */
    public static final String SARIF_KEY = "leakhoundFingerprint/v1";

    private static final int HEX_LENGTH = 32;

    public Fingerprint {
        Objects.requireNonNull(value, "value");
    }

    /** The fingerprint of {@code finding}, whose reported line reads {@code lineText} ("" when unknown). */
    public static Fingerprint of(Finding finding, String lineText) {
        Location location = finding.location();
        // A separator that cannot occur in any part keeps ("ab", "c") and ("a", "bc") apart.
        String identity = String.join("\u0000", finding.rule().id(), location.sourcePath(), location.typeName(),
                location.memberName(), normalised(lineText));
        return new Fingerprint(sha256Hex(identity).substring(0, HEX_LENGTH));
    }

    /** The fingerprint of {@code finding}, reading its line from {@code sourceLines}. */
    public static Fingerprint of(Finding finding, SourceLines sourceLines) {
        return of(finding, sourceLines.line(finding.location().sourcePath(), finding.location().line()));
    }

    /** {@code lineText} without leading and trailing blanks and with every run of whitespace made one space. */
    static String normalised(String lineText) {
        return lineText.strip().replaceAll("\\s+", " ");
    }

    private static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    @Override
    public int compareTo(Fingerprint other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
