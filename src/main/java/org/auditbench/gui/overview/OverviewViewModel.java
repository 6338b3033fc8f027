package org.auditbench.gui.overview;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.auditbench.gui.entries.ExpiryWindow;
import org.auditbench.gui.session.WorkspaceAccess;
import org.auditbench.gui.session.WorkspaceState;
import org.auditbench.model.Severity;
import org.auditbench.workspace.FindingFilter;
import org.auditbench.workspace.OverviewDao;
import org.auditbench.workspace.OverviewDao.Count;

/**
 * State of the overview: severity counts with their trend, findings by rule, expiries by month and
 * the owners with most open findings; each opens the findings (or entries) it counts.
 */
public final class OverviewViewModel {

    /** Months the expiry chart covers from the review date's month on. */
    public static final int EXPIRY_MONTHS = 12;
    static final int TOP_OWNERS = 8;

    private final WorkspaceAccess access;
    private final ObjectProperty<WorkspaceState> state = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<OverviewData> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<List<Count>> topOwners = new ReadOnlyObjectWrapper<>();
    private Consumer<FindingFilter> openFindings = f -> { };
    private Consumer<ExpiryWindow> openEntries = w -> { };

    public OverviewViewModel(WorkspaceAccess access) {
        this.access = access;
        state.addListener((o, a, b) -> reload());
    }

    public void reload() {
        WorkspaceState s = state.get();
        if (s == null) {
            data.set(null);
            return;
        }
        Long scanId = s.scanId();
        List<Long> snapshots = s.snapshotIds();
        YearMonth first = YearMonth.from(s.reviewDate());
        access.read("overview", "Summarising the workspace", ws -> {
            OverviewDao dao = ws.overview();
            Map<Severity, Long> current = scanId == null ? Map.of() : ws.findings().countBySeverity(scanId);
            Map<Severity, Long> previous = null;
            if (scanId != null) {
                Long before = dao.previousScan(scanId).orElse(null);
                previous = before == null ? null : ws.findings().countBySeverity(before);
            }
            Map<Severity, Long> open = scanId == null ? Map.of() : dao.openBySeverity(scanId);
            return new OverviewData(current, open, previous, scanId == null ? List.of() : dao.findingsByRule(scanId),
                    dao.expiriesByMonth(snapshots, first, first.plusMonths(EXPIRY_MONTHS)),
                    dao.expiredBefore(snapshots, s.reviewDate()), s.reviewDate());
        }, loaded -> {
            error.set(null);
            data.set(loaded);
        }, failure -> error.set("Could not summarise the workspace: " + failure.message()));
        // every finding's status in force, joined by owner: the slowest aggregate, so the tiles do not wait for it
        topOwners.set(null);
        access.read("overview-owners", "Counting open findings by owner", ws -> scanId == null ? List.<Count>of()
                : ws.overview().topOwners(scanId, TOP_OWNERS), topOwners::set,
                failure -> error.set("Could not count the owners' open findings: " + failure.message()));
    }

    /** The owners with the most open findings, most first; null while they are being counted. */
    public ReadOnlyObjectProperty<List<Count>> topOwners() {
        return topOwners.getReadOnlyProperty();
    }

    /** A severity tile was clicked. */
    public void openSeverity(Severity severity) {
        openFindings.accept(new FindingFilter(Set.of(severity), Set.of(), Set.of(), Set.of(), null));
    }

    /** A bar of the findings-by-rule chart was clicked. */
    public void openRule(String rule) {
        openFindings.accept(new FindingFilter(Set.of(), Set.of(rule), Set.of(), Set.of(), null));
    }

    /** An owner of the top-owners list was clicked ('' for entries without owner). */
    public void openOwner(String owner) {
        openFindings.accept(new FindingFilter(Set.of(), Set.of(), Set.of(org.auditbench.model.TriageStatus.OPEN),
                Set.of(owner), null));
    }

    /** A month of the expiry chart was clicked. */
    public void openExpiryMonth(YearMonth month) {
        openEntries.accept(ExpiryWindow.month(month));
    }

    /** The "expired" bar was clicked. */
    public void openExpired() {
        OverviewData d = data.get();
        if (d != null) {
            openEntries.accept(ExpiryWindow.expiredBefore(d.reviewDate()));
        }
    }

    public void setOpenFindings(Consumer<FindingFilter> handler) {
        this.openFindings = handler;
    }

    public void setOpenEntries(Consumer<ExpiryWindow> handler) {
        this.openEntries = handler;
    }

    public ObjectProperty<WorkspaceState> state() {
        return state;
    }

    public ReadOnlyObjectProperty<OverviewData> data() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }
}
