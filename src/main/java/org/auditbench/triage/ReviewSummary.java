package org.auditbench.triage;

import java.util.List;
import java.util.Map;
import org.auditbench.model.Review;
import org.auditbench.model.SignOff;
import org.auditbench.model.TriageStatus;

/**
 * A review as the report shows it, with statistics against rubber-stamping.
 *
 * @param scanId                  the scan reviewed: the signed one, or the latest while the review is open;
 *                                null when nothing was scanned
 * @param snapshotIds             the snapshots that scan covered
 * @param decisions               decisions people made in the review (one per finding decided)
 * @param bulkDecisions           how many of them came from a filter rather than a named finding
 * @param bulkShare               {@code bulkDecisions / decisions}, 0 when there were none
 * @param medianSecondsBetweenIndividualDecisions median gap between one of a person's individual decisions
 *                                and their next (decisions recorded together count once); null below two
 * @param reviewers               the people who made decisions, in order of their first one
 * @param waiverLapses            waivers that lapsed during the review
 * @param automaticChanges        every change the system made (lapses, findings fixed or found again)
 * @param findingsByStatus        the reviewed scan's findings by the status in force (today, or at sign-off)
 */
public record ReviewSummary(Review review, Long scanId, List<Long> snapshotIds, long decisions, long bulkDecisions,
                            double bulkShare, Double medianSecondsBetweenIndividualDecisions, List<String> reviewers,
                            long waiverLapses, long automaticChanges, Map<TriageStatus, Long> findingsByStatus) {

    public ReviewSummary {
        snapshotIds = List.copyOf(snapshotIds);
        reviewers = List.copyOf(reviewers);
        findingsByStatus = Map.copyOf(findingsByStatus);
    }

    public String period() {
        return review.period();
    }

    public boolean signed() {
        return review.signed();
    }

    /** The sign-off, or null while the review is open. */
    public SignOff signOff() {
        return review.signOff();
    }
}
