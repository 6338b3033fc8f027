package org.auditbench.triage;

import java.util.List;
import org.auditbench.model.TriageStatus;
import org.auditbench.workspace.TriageDao;

/**
 * What a decision did.
 *
 * @param count    how many findings it covered
 * @param auditSeq the audit-log row recording it
 * @param review   the period of the review it belongs to, or null before the first review is opened
 * @param warnings things the person should know (a waiver that has already passed its last day)
 * @param lapses   waivers that lapsed just before the decision was recorded
 */
public record TriageResult(TriageStatus status, long count, long scanId, long auditSeq, String review,
                           List<String> warnings, List<TriageDao.Lapse> lapses) {

    public TriageResult {
        warnings = List.copyOf(warnings);
        lapses = List.copyOf(lapses);
    }
}
