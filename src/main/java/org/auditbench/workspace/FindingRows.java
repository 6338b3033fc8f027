package org.auditbench.workspace;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.auditbench.model.Finding;
import org.auditbench.model.FindingSubject;
import org.auditbench.model.Severity;
import org.auditbench.model.TriageStatus;

/** Reads {@link Finding} values (with their subject) out of rows selected with {@link #COLUMNS} and {@link #FROM}. */
final class FindingRows {

    /**
     * A finding's triage status as SQL. Until triage decisions are stored every finding is open; the
     * triage tables replace this one expression, and every filter and listing follows.
     */
    static final String STATUS = "'open'";

    static final String COLUMNS = "f.id, f.scan_id, f.entry_id, f.related_entry_id, f.rule, f.severity,"
            + " f.fingerprint, f.message, f.evidence, src.name, coalesce(e.address, e.domain), e.domain, e.protocol,"
            + " e.target, e.port, e.layer, e.owner, e.environment, e.source_row, " + STATUS + ", f.severity_rank";

    static final String FROM = " FROM findings f JOIN entries e ON e.id = f.entry_id"
            + " JOIN snapshots s ON s.id = e.snapshot_id JOIN sources src ON src.id = s.source_id";

    private FindingRows() {
    }

    static Finding read(ResultSet rs) throws SQLException {
        long related = rs.getLong(4);
        Long relatedId = rs.wasNull() ? null : related;
        int port = rs.getInt(15);
        Integer portValue = rs.wasNull() ? null : port;
        FindingSubject subject = new FindingSubject(rs.getString(10), rs.getString(11), rs.getString(12),
                rs.getString(13), rs.getString(14), portValue, rs.getString(16), rs.getString(17), rs.getString(18),
                rs.getString(19));
        return new Finding(rs.getLong(1), rs.getLong(2), rs.getLong(3), relatedId, rs.getString(5),
                Severity.parse(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9),
                TriageStatus.parse(rs.getString(20)), subject);
    }
}
