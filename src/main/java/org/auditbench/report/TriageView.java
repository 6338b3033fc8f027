package org.auditbench.report;

import java.util.List;
import java.util.Optional;

/**
 * What the report needs from triage: standing decisions, waivers, the sign-off and the review
 * statistics, supplied from the workspace by {@link TriageBackedView}.
 */
public interface TriageView {

    /** The standing decision on a fingerprint, or empty when nobody decided (the finding is open). */
    Optional<CurrentDecision> decision(String fingerprint) throws ReportException;

    /** Active, expired and orphaned waivers as of the period. */
    List<WaiverRow> waivers(String period) throws ReportException;

    /** The recorded sign-off of the period, or empty when it is not signed off. */
    Optional<SignoffInfo> signoff(String period) throws ReportException;

    ReviewStats statistics(String period) throws ReportException;

    /** SHA-256 of the period's decisions, as the sign-off records it. */
    String decisionsSha256(String period) throws ReportException;
}
