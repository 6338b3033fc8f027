package org.auditbench.report;

import java.util.List;

/**
 * How a review's decisions were made, shown so rubber-stamping is visible.
 *
 * @param bulkShare                share of decisions made in bulk (0..1), or null when there were none
 * @param medianSecondsBetween     median seconds between consecutive individual decisions, or null
 */
public record ReviewStats(long decisions, Double bulkShare, Double medianSecondsBetween, List<String> reviewers) {

    public static final ReviewStats NONE = new ReviewStats(0, null, null, List.of());

    public ReviewStats {
        reviewers = List.copyOf(reviewers);
    }
}
