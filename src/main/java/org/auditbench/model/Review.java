package org.auditbench.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A review period ({@code 2026Q4}) and, once signed, its sign-off. Reviews follow one another: a review
 * holds the decisions whose ids are above {@code decisionsAfter} and at most {@code decisionsThrough}.
 *
 * @param period           the period as the user wrote it, e.g. {@code 2026Q4}
 * @param decisionsThrough the last decision id the review holds, or null while it is open
 * @param signOff          the sign-off, or null while the review is open
 */
public record Review(long id, String period, LocalDate start, LocalDate end, Instant openedAt, String openedBy,
                     long decisionsAfter, Long decisionsThrough, SignOff signOff) {

    public boolean signed() {
        return signOff != null;
    }

    /** True when the decision with this id belongs to the review. */
    public boolean holds(long decisionId) {
        return decisionId > decisionsAfter && (decisionsThrough == null || decisionId <= decisionsThrough);
    }
}
