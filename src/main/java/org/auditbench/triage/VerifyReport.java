package org.auditbench.triage;

import java.util.List;
import java.util.Optional;

/**
 * What {@code verify} found.
 *
 * @param rows     how many audit-log rows there are
 * @param headHash the hash of the last row: note it down (or print it in a report) to detect a forged chain
 * @param problems everything wrong, the first broken row of the chain first; empty when intact
 */
public record VerifyReport(long rows, String headHash, List<Problem> problems) {

    /**
     * One thing wrong.
     *
     * @param seq the audit-log row it concerns, or null for problems outside the chain (a dropped trigger)
     */
    public record Problem(Long seq, String message) {
    }

    public VerifyReport {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }

    /** The first problem that names an audit-log row. */
    public Optional<Problem> firstBrokenRow() {
        return problems.stream().filter(p -> p.seq() != null).findFirst();
    }
}
