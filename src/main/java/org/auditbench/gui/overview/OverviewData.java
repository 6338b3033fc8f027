package org.auditbench.gui.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.auditbench.model.Severity;
import org.auditbench.workspace.OverviewDao.Count;
import org.auditbench.workspace.OverviewDao.MonthCount;

/**
 * What the overview's tiles and charts show, read in one go (the top owners follow in a read of their own).
 *
 * @param open     findings by severity that are open today (undecided, or their waiver has lapsed)
 * @param previous findings by severity in the scan before, or null when there was none
 * @param expired  entries whose expiry is before the review date
 */
public record OverviewData(Map<Severity, Long> current, Map<Severity, Long> open, Map<Severity, Long> previous,
                           List<Count> byRule, List<MonthCount> expiries, long expired, LocalDate reviewDate) {

    public OverviewData {
        current = Map.copyOf(current);
        open = Map.copyOf(open);
        previous = previous == null ? null : Map.copyOf(previous);
        byRule = List.copyOf(byRule);
        expiries = List.copyOf(expiries);
    }

    public long count(Severity severity) {
        return current.getOrDefault(severity, 0L);
    }

    public long open(Severity severity) {
        return open.getOrDefault(severity, 0L);
    }

    /** Change against the previous scan, or null without one. */
    public Long trend(Severity severity) {
        return previous == null ? null : count(severity) - previous.getOrDefault(severity, 0L);
    }
}
