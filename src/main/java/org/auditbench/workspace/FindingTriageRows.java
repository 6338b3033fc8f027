package org.auditbench.workspace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.auditbench.model.FindingTriage;
import org.auditbench.model.TriageStatus;

/**
 * Reads {@link FindingTriage} from a triage_state row joined as {@code t} with its newest decision as
 * {@code td}; both may be NULL (an undecided finding).
 */
final class FindingTriageRows {

    static final String COLUMNS = "t.fingerprint, t.status, t.waiver_status, t.waiver_reason, t.waiver_until,"
            + " td.actor, td.decided_at, td.comment";
    static final int COUNT = 8;

    private FindingTriageRows() {
    }

    static FindingTriage read(ResultSet rs, int first, LocalDate today) throws SQLException {
        if (rs.getString(first) == null) {
            return FindingTriage.UNDECIDED;
        }
        TriageStatus status = TriageStatus.parse(rs.getString(first + 1));
        String waiverText = rs.getString(first + 2);
        TriageStatus waiver = waiverText == null ? null : TriageStatus.parse(waiverText);
        String untilText = rs.getString(first + 4);
        LocalDate until = untilText == null ? null : LocalDate.parse(untilText);
        boolean expired = until != null && until.isBefore(today);
        TriageStatus inForce = expired && status == waiver ? TriageStatus.OPEN : status;
        return new FindingTriage(inForce, rs.getString(first + 5), DecisionDao.instant(rs.getString(first + 6)),
                rs.getString(first + 7), waiver, rs.getString(first + 3), until, expired);
    }
}
