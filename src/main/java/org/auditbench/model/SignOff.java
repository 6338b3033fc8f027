package org.auditbench.model;

import java.time.Instant;

/**
 * A review's sign-off: who vouched for what, when, and digests that pin down exactly what they saw.
 *
 * @param scanId          the scan whose findings were reviewed
 * @param findingsSha256  SHA-256 of that scan's findings (see the sign-off digest)
 * @param decisionsSha256 SHA-256 of the decisions made during the review
 * @param reportSha256    SHA-256 of the report file handed in with the sign-off, or null
 * @param auditSeq        the audit-log row recording the sign-off
 */
public record SignOff(String reviewer, String role, String statement, Instant signedAt, long scanId,
                      String findingsSha256, String decisionsSha256, String reportSha256, long auditSeq) {
}
