package org.auditbench.gui.session;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.auditbench.model.Review;
import org.auditbench.model.Scan;
import org.auditbench.model.Severity;
import org.auditbench.model.Snapshot;
import org.auditbench.rules.engine.PolicyException;
import org.auditbench.rules.engine.PolicyLoader;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;

/**
 * What every view needs to know about the open workspace: the newest snapshot of each source (the
 * scope the views show and a scan judges), the latest scan and its review date, and headline counts.
 *
 * @param scan       the latest complete scan, or null before the first scan
 * @param reviewDate the latest scan's policy review date, or today without a scan
 * @param policyText the latest scan's policy, as stored, or null
 * @param review     the open review, else the newest signed one; null before the first review
 * @param auditHead  the audit log's last row number: it moves with every import, scan, decision, export and
 *                   sign-off, so a state read after any of them differs from the one before and the views reload
 */
public record WorkspaceState(Path file, boolean demo, List<Snapshot> snapshots, Scan scan, LocalDate reviewDate,
                             String policyText, long entryCount, Map<Severity, Long> findingsBySeverity,
                             Review review, long auditHead) {

    public WorkspaceState {
        snapshots = List.copyOf(snapshots);
        findingsBySeverity = findingsBySeverity.isEmpty() ? Map.of() : Map.copyOf(findingsBySeverity);
    }

    /** Reads the state of an open workspace. */
    public static WorkspaceState load(Workspace workspace, boolean demo, Clock clock) throws WorkspaceException {
        List<Snapshot> snapshots = workspace.snapshots().latestPerSource();
        Scan scan = workspace.scans().latest().orElse(null);
        LocalDate reviewDate = LocalDate.now(clock);
        String policyText = null;
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        if (scan != null) {
            policyText = workspace.scans().policyText(scan.id()).orElse(null);
            if (policyText != null) {
                try {
                    reviewDate = new PolicyLoader(clock).parseChecked(policyText, "scan " + scan.id())
                            .policy().reviewDate();
                } catch (PolicyException e) {
                    // a policy this version cannot read again (written by another version): review today
                }
            }
            counts.putAll(workspace.findings().countBySeverity(scan.id()));
        }
        long entries = snapshots.stream().mapToLong(Snapshot::importedCount).sum();
        Review review = workspace.reviews().open().orElse(null);
        if (review == null) {
            review = workspace.reviews().latest().orElse(null);
        }
        return new WorkspaceState(workspace.file(), demo, snapshots, scan, reviewDate, policyText, entries, counts,
                review, workspace.audit().highWater());
    }

    /** Whether the newest review is signed off (and none is open): decisions are refused until a new one opens. */
    public boolean reviewLocked() {
        return review != null && review.signed();
    }

    /** The review period a new review or report defaults to: the quarter of the review date. */
    public String defaultPeriod() {
        return reviewDate.getYear() + "Q" + ((reviewDate.getMonthValue() - 1) / 3 + 1);
    }

    public List<Long> snapshotIds() {
        return snapshots.stream().map(Snapshot::id).toList();
    }

    public Long scanId() {
        return scan == null ? null : scan.id();
    }

    public long findingCount() {
        return findingsBySeverity.values().stream().mapToLong(Long::longValue).sum();
    }

    /** A short name for the snapshots in scope, e.g. {@code contoso-autodiscover 2026Q4}. */
    public String scopeLabel() {
        if (snapshots.isEmpty()) {
            return "no snapshots";
        }
        if (snapshots.size() == 1) {
            Snapshot s = snapshots.get(0);
            return s.sourceName() + (s.label() == null ? " #" + s.id() : " " + s.label());
        }
        return snapshots.size() + " sources";
    }
}
