package org.auditbench.workspace;

import java.time.LocalDate;
import org.auditbench.model.TriageStatus;

/** SQL fragments shared by the DAOs that read a finding's triage status. */
final class TriageSql {

    /** Joins a finding {@code f} to the source it came from, as {@code src}. */
    static final String FINDING_SOURCE = " JOIN entry_rows fe ON fe.id = f.entry_id"
            + " JOIN snapshots fs ON fs.id = fe.snapshot_id JOIN sources src ON src.id = fs.source_id";

    /** The names of the sources a scan covered; binds the scan id. */
    static final String SCANNED_SOURCES = "SELECT ssrc.name FROM scan_snapshots ss JOIN snapshots sn ON sn.id = ss.snapshot_id"
            + " JOIN sources ssrc ON ssrc.id = sn.source_id WHERE ss.scan_id = ?";

    /**
     * The decided findings, led by their decisions: the triage state as the outer loop (CROSS JOIN fixes the order),
     * each decision's findings through the fingerprint index, which also holds their severity and entry (V10).
     * Otherwise SQLite walks every finding of the scan to find the decided few. The caller names the scan in WHERE.
     */
    static final String DECIDED_FINDINGS = " FROM triage_state t CROSS JOIN findings f ON f.fingerprint = t.fingerprint";

    private TriageSql() {
    }

    /**
     * The status in force {@code today} of the finding joined as {@code t} (a triage_state row, or NULLs when
     * nobody decided): open when undecided, and open when its waiver's last day has passed.
     * {@code today} is a date, so inlining it is safe.
     */
    static String effectiveStatus(String t, LocalDate today) {
        return "(CASE WHEN " + t + ".fingerprint IS NULL THEN '" + TriageStatus.OPEN.id() + "'"
                + " WHEN " + t + ".waiver_until < '" + today + "' AND " + t + ".status = " + t + ".waiver_status"
                + " THEN '" + TriageStatus.OPEN.id() + "' ELSE " + t + ".status END)";
    }

    /** A SQL list of status ids, e.g. {@code ('accepted-risk','false-positive')}. */
    static String waiverStatuses() {
        return "('" + TriageStatus.ACCEPTED_RISK.id() + "','" + TriageStatus.FALSE_POSITIVE.id() + "')";
    }
}
