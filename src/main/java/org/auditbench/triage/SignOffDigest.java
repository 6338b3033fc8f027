package org.auditbench.triage;

import org.auditbench.model.Decision;
import org.auditbench.workspace.FindingQuery;
import org.auditbench.workspace.ListDigest;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;

/**
 * The SHA-256 digests a sign-off records. The findings digest covers what a scan found (fingerprint, rule,
 * severity, entry, message, evidence — nothing that changes later); the decisions digest covers every
 * decision the review holds. Together they pin down what the reviewer signed, and verify recomputes both.
 */
public final class SignOffDigest {

    private SignOffDigest() {
    }

    public static String findings(Workspace ws, long scanId) throws WorkspaceException {
        ListDigest digest = new ListDigest();
        ws.findings().<RuntimeException>forEach(scanId, FindingQuery.ALL, f -> digest.add(line(f.fingerprint(),
                f.rule(), f.severity().id(), String.valueOf(f.entryId()), String.valueOf(f.relatedEntryId()),
                f.message(), f.evidence())));
        return digest.hex();
    }

    /** Digest of the decisions with ids in ({@code afterId}, {@code throughId}]. */
    public static String decisions(Workspace ws, long afterId, long throughId) throws WorkspaceException {
        ListDigest digest = new ListDigest();
        ws.decisions().<RuntimeException>forEachBetween(afterId, throughId, d -> digest.add(line(d)));
        return digest.hex();
    }

    private static String line(Decision d) {
        return line(String.valueOf(d.id()), d.fingerprint(), d.sourceName(), d.rule(), d.status().id(),
                d.previousStatus().id(), d.origin().id(), d.actor(), String.valueOf(d.decidedAt()), d.comment(),
                d.reason(), String.valueOf(d.waiverUntil()), String.valueOf(d.scanId()), String.valueOf(d.auditSeq()));
    }

    /** Fields separated by tabs, with tabs, newlines and backslashes escaped so the line splits one way only. */
    private static String line(String... fields) {
        StringBuilder out = new StringBuilder();
        for (String field : fields) {
            if (out.length() > 0) {
                out.append('\t');
            }
            String value = field == null ? "\\N" : field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
            out.append(value);
        }
        return out.toString();
    }
}
