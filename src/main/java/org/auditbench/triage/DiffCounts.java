package org.auditbench.triage;

/** How many entries were added, removed, changed or left as they were between two snapshots. */
public record DiffCounts(long added, long removed, long changed, long unchanged) {

    public long total() {
        return added + removed + changed;
    }
}
