package org.auditbench.gui.entries;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.auditbench.gui.session.WorkspaceAccess;
import org.auditbench.gui.session.WorkspaceState;
import org.auditbench.model.Entry;
import org.auditbench.model.Snapshot;
import org.auditbench.workspace.EntryGroup;
import org.auditbench.workspace.EntryGrouping;
import org.auditbench.workspace.EntryQuery;
import org.auditbench.workspace.EntrySummary;
import org.auditbench.workspace.ExpiryBucket;
import org.auditbench.workspace.WorkspaceException;

/**
 * State of the entries view: the grouping, the search text and filters, the group rows (from SQL
 * aggregation), pages of a group's entries on demand, and the selected entry's detail.
 */
public final class EntriesViewModel {

    /** Group rows shown at most; more groups than this means the search should be narrower. */
    public static final int MAX_GROUPS = 500;
    /** Entries fetched per page when a group is expanded or "more" is asked for. */
    public static final int PAGE = 200;

    private final WorkspaceAccess access;
    private final ObjectProperty<WorkspaceState> state = new SimpleObjectProperty<>();
    private final ObjectProperty<EntryGrouping> grouping = new SimpleObjectProperty<>(EntryGrouping.OWNER);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<ExpiryWindow> expiryWindow = new SimpleObjectProperty<>();
    private final ObjectProperty<Snapshot> snapshotScope = new SimpleObjectProperty<>();
    private final ObservableList<EntryGroup> groups = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<EntryDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private long generation;

    public EntriesViewModel(WorkspaceAccess access) {
        this.access = access;
        grouping.addListener((o, a, b) -> reload());
        expiryWindow.addListener((o, a, b) -> reload());
        snapshotScope.addListener((o, a, b) -> reload());
        state.addListener((o, a, b) -> {
            if (a == null || b == null || !a.file().equals(b.file())) {
                snapshotScope.set(null);
                expiryWindow.set(null);
            }
            reload();
        });
    }

    /** The query the tree shows now; null before a workspace is loaded. */
    public EntryQuery query() {
        WorkspaceState s = state.get();
        if (s == null) {
            return null;
        }
        Snapshot scope = snapshotScope.get();
        List<Long> ids = scope != null ? List.of(scope.id()) : s.snapshotIds();
        ExpiryWindow window = expiryWindow.get();
        return new EntryQuery(ids, s.scanId(), s.reviewDate(), search.get(), window == null ? null : window.from(),
                window == null ? null : window.before());
    }

    /** Re-reads the group rows for the current grouping, search and filters. */
    public void reload() {
        EntryQuery query = query();
        long current = ++generation;
        if (query == null) {
            groups.clear();
            return;
        }
        EntryGrouping by = grouping.get();
        loading.set(true);
        access.read("entries-groups", "Grouping entries", ws -> ws.entryGroups().groups(query, by, MAX_GROUPS),
                loaded -> {
                    if (current != generation) {
                        return;
                    }
                    loading.set(false);
                    error.set(null);
                    groups.setAll(loaded.groups());
                    summary.set(String.format("%,d entries in %,d groups%s", loaded.entries(), loaded.total(),
                            loaded.total() > loaded.groups().size()
                                    ? String.format(" · showing the %,d worst", loaded.groups().size()) : ""));
                }, failure -> {
                    loading.set(false);
                    groups.clear();
                    error.set("Could not group the entries: " + failure.message());
                });
    }

    /** Reads one page of a group's entries and hands it to {@code then} (on the FX thread). */
    public void loadPage(EntryGroup group, int offset, Consumer<List<EntrySummary>> then) {
        EntryQuery query = query();
        if (query == null) {
            return;
        }
        EntryGrouping by = grouping.get();
        access.read("entries-page-" + group.key() + "-" + offset, "Reading entries",
                ws -> ws.entryGroups().entries(query, by, group.key(), offset, PAGE), then, null);
    }

    /** Loads the detail pane for an entry (null clears it). */
    public void select(EntrySummary entry) {
        if (entry == null) {
            detail.set(null);
            return;
        }
        Long scanId = state.get() == null ? null : state.get().scanId();
        access.read("entry-detail", "Reading entry " + entry.id(), ws -> {
            Entry full = ws.entries().byId(entry.id())
                    .orElseThrow(() -> new WorkspaceException("entry " + entry.id() + " no longer exists"));
            Snapshot snapshot = ws.snapshots().byId(full.snapshotId()).orElse(null);
            return new EntryDetail(full, snapshot,
                    scanId == null ? List.of() : ws.findingSearch().forEntry(scanId, entry.id()),
                    ws.entryHistory().history(entry.id()));
        }, detail::set, failure -> error.set("Could not read the entry: " + failure.message()));
    }

    /** The label a group row shows for its key. */
    public String groupLabel(EntryGroup group) {
        if (grouping.get() == EntryGrouping.EXPIRY) {
            return ExpiryBucket.byId(group.key()).label();
        }
        if (group.key().isEmpty()) {
            return switch (grouping.get()) {
                case OWNER -> "(no owner)";
                case JUSTIFICATION -> "(no justification)";
                case LAYER -> "(no layer)";
                default -> "(none)";
            };
        }
        return group.key();
    }

    public ObjectProperty<WorkspaceState> state() {
        return state;
    }

    public ObjectProperty<EntryGrouping> grouping() {
        return grouping;
    }

    public StringProperty search() {
        return search;
    }

    public ObjectProperty<ExpiryWindow> expiryWindow() {
        return expiryWindow;
    }

    public ObjectProperty<Snapshot> snapshotScope() {
        return snapshotScope;
    }

    public ObservableList<EntryGroup> groups() {
        return groups;
    }

    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    public BooleanProperty loading() {
        return loading;
    }

    public ReadOnlyObjectProperty<EntryDetail> detail() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }
}
