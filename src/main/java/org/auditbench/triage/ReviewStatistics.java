package org.auditbench.triage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.auditbench.model.Decision;
import org.auditbench.model.DecisionOrigin;

/**
 * Counts a review's decisions as they stream past: how many, how many in bulk, who, and the gaps between
 * a person's consecutive individual decisions. Decisions recorded by one command share an audit row and
 * count as one moment, so naming ten fingerprints at once is not mistaken for ten careful looks.
 */
final class ReviewStatistics {

    private long decisions;
    private long bulk;
    private long lapses;
    private long automatic;
    private final Set<String> reviewers = new LinkedHashSet<>();
    private final Map<String, Instant> lastMoment = new LinkedHashMap<>();
    private final Map<String, Long> lastAuditRow = new LinkedHashMap<>();
    private final List<Double> gaps = new ArrayList<>();

    void add(Decision d) {
        if (!d.origin().byPerson()) {
            automatic++;
            if (d.origin() == DecisionOrigin.WAIVER_LAPSED) {
                lapses++;
            }
            return;
        }
        decisions++;
        reviewers.add(d.actor());
        if (d.origin() == DecisionOrigin.BULK) {
            bulk++;
            return;
        }
        Long previousRow = lastAuditRow.get(d.actor());
        if (previousRow != null && previousRow == d.auditSeq()) {
            return;
        }
        Instant previous = lastMoment.get(d.actor());
        if (previous != null) {
            gaps.add(Duration.between(previous, d.decidedAt()).toMillis() / 1000.0);
        }
        lastMoment.put(d.actor(), d.decidedAt());
        lastAuditRow.put(d.actor(), d.auditSeq());
    }

    long decisions() {
        return decisions;
    }

    long bulk() {
        return bulk;
    }

    double bulkShare() {
        return decisions == 0 ? 0 : (double) bulk / decisions;
    }

    long lapses() {
        return lapses;
    }

    long automatic() {
        return automatic;
    }

    List<String> reviewers() {
        return List.copyOf(reviewers);
    }

    /** Median of the gaps in seconds, or null with fewer than one gap. */
    Double medianGapSeconds() {
        if (gaps.isEmpty()) {
            return null;
        }
        List<Double> sorted = gaps.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
