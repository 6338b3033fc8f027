package org.auditbench.report;

import java.time.Instant;

/**
 * A recorded sign-off of a review.
 *
 * @param findingsSha256  the hash of the review's findings the sign-off recorded
 * @param decisionsSha256 the hash of the review's decisions the sign-off recorded
 */
public record SignoffInfo(String period, String reviewer, String role, String statement, Instant signedAt,
                          String findingsSha256, String decisionsSha256) {
}
