package org.auditbench.workspace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.auditbench.model.Finding;
import org.auditbench.model.FindingSubject;
import org.auditbench.model.FindingTriage;
import org.auditbench.model.Severity;

/**
 * Reads {@link TriagedFinding} values (a finding with its subject and triage) out of rows selected with
 * {@link #columns} and {@link #FROM}. The triage state and its newest decision are LEFT JOINed by the
 * fingerprint (both primary keys), so undecided findings list as open at no extra cost.
 */
final class FindingRows {

    /** Joins each finding {@code f} to its entry {@code e}, source {@code src} and triage {@code t}/{@code td}. */
    static final String FROM = " FROM findings f JOIN entries e ON e.id = f.entry_id"
            + " JOIN snapshots s ON s.id = e.snapshot_id JOIN sources src ON src.id = s.source_id"
            + " LEFT JOIN triage_state t ON t.fingerprint = f.fingerprint LEFT JOIN decisions td ON td.id = t.decision_id";

    /** Where the triage columns start in {@link #columns}. */
    private static final int TRIAGE_FIRST = 21;

    private FindingRows() {
    }

    /**
     * A finding's triage status in force {@code today} as SQL (open when undecided or its waiver has
     * lapsed): every filter, listing and count of the workbench uses this one expression.
     */
    static String status(LocalDate today) {
        return TriageSql.effectiveStatus("t", today);
    }

    static String columns() {
        return "f.id, f.scan_id, f.entry_id, f.related_entry_id, f.rule, f.severity,"
                + " f.fingerprint, f.message, f.evidence, src.name, coalesce(e.address, e.domain), e.domain, e.protocol,"
                + " e.target, e.port, e.layer, e.owner, e.environment, e.source_row, f.severity_rank, "
                + FindingTriageRows.COLUMNS;
    }

    static TriagedFinding read(ResultSet rs, LocalDate today) throws SQLException {
        long related = rs.getLong(4);
        Long relatedId = rs.wasNull() ? null : related;
        int port = rs.getInt(15);
        Integer portValue = rs.wasNull() ? null : port;
        FindingSubject subject = new FindingSubject(rs.getString(10), rs.getString(11), rs.getString(12),
                rs.getString(13), rs.getString(14), portValue, rs.getString(16), rs.getString(17), rs.getString(18),
                rs.getString(19));
        FindingTriage triage = FindingTriageRows.read(rs, TRIAGE_FIRST, today);
        Finding finding = new Finding(rs.getLong(1), rs.getLong(2), rs.getLong(3), relatedId, rs.getString(5),
                Severity.parse(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9),
                triage.status(), subject);
        return new TriagedFinding(finding, triage);
    }
}
