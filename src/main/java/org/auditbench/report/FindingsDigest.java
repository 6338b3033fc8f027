package org.auditbench.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.auditbench.model.Severity;
import org.auditbench.model.TriageStatus;

/**
 * The SHA-256 of a set of findings as the report lists them: one line
 * {@code fingerprint TAB rule TAB severity TAB status LF} per finding, in the order of the Findings sheet.
 * Anyone holding the workbook can recompute it from those four columns.
 */
public final class FindingsDigest {

    public static final String DEFINITION = "SHA-256 over one line per finding, in the order of the Findings sheet:"
            + " fingerprint, rule, severity and status separated by a tab, each line ending in a line feed (UTF-8).";

    private final MessageDigest digest;
    private long count;

    public FindingsDigest() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    public void add(String fingerprint, String rule, Severity severity, TriageStatus status) {
        String line = fingerprint + '\t' + rule + '\t' + severity.id() + '\t' + status.id() + '\n';
        digest.update(line.getBytes(StandardCharsets.UTF_8));
        count++;
    }

    public long count() {
        return count;
    }

    /** The hex digest; ends this digest's use. */
    public String finish() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** SHA-256 of some bytes as lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
