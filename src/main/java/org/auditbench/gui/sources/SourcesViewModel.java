package org.auditbench.gui.sources;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.auditbench.gui.session.WorkspaceAccess;
import org.auditbench.gui.session.WorkspaceState;
import org.auditbench.model.Reject;
import org.auditbench.model.Snapshot;

/** State of the sources view: every snapshot, and the selected one's rejected rows a page at a time. */
public final class SourcesViewModel {

    public static final int PAGE = 200;

    private final WorkspaceAccess access;
    private final ObjectProperty<WorkspaceState> state = new SimpleObjectProperty<>();
    private final ObservableList<Snapshot> snapshots = FXCollections.observableArrayList();
    private final ObjectProperty<Snapshot> selected = new SimpleObjectProperty<>();
    private final ObservableList<Reject> rejects = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper rejectSummary = new ReadOnlyStringWrapper("");
    private Consumer<Snapshot> showEntries = s -> { };
    private long generation;

    public SourcesViewModel(WorkspaceAccess access) {
        this.access = access;
        state.addListener((o, a, b) -> reload());
        selected.addListener((o, a, b) -> loadRejects());
    }

    public void reload() {
        if (state.get() == null) {
            snapshots.clear();
            return;
        }
        access.read("sources", "Listing snapshots", ws -> ws.snapshots().all(), all -> {
            Snapshot keep = selected.get();
            java.util.List<Snapshot> newestFirst = new java.util.ArrayList<>(all);
            java.util.Collections.reverse(newestFirst);
            snapshots.setAll(newestFirst);
            selected.set(keep == null ? null : all.stream().filter(s -> s.id() == keep.id()).findFirst()
                    .orElse(null));
            if (selected.get() == null && !snapshots.isEmpty()) {
                selected.set(snapshots.get(0));
            }
        }, null);
    }

    private void loadRejects() {
        long current = ++generation;
        rejects.clear();
        Snapshot s = selected.get();
        if (s == null) {
            rejectSummary.set("");
            return;
        }
        rejectSummary.set(s.rejectedCount() == 0 ? "No rejected rows in this snapshot."
                : String.format("%,d rejected rows", s.rejectedCount()));
        if (s.rejectedCount() > 0) {
            readRejects(s, 0, current);
        }
    }

    /** Reads the next page of rejects of the selected snapshot. */
    public void loadMoreRejects() {
        Snapshot s = selected.get();
        if (s != null && rejects.size() < s.rejectedCount()) {
            readRejects(s, rejects.size(), generation);
        }
    }

    public boolean hasMoreRejects() {
        Snapshot s = selected.get();
        return s != null && rejects.size() < s.rejectedCount();
    }

    private void readRejects(Snapshot s, long offset, long current) {
        access.read("rejects-" + offset, "Reading rejected rows", ws -> ws.rejects().page(s.id(), offset, PAGE),
                page -> {
                    if (current == generation && rejects.size() == offset) {
                        rejects.addAll(page);
                        rejectSummary.set(String.format("%,d rejected rows%s", s.rejectedCount(),
                                rejects.size() < s.rejectedCount() ? String.format(" · showing %,d", rejects.size())
                                        : ""));
                    }
                }, null);
    }

    /** Shows the selected snapshot's entries in the entries view. */
    public void showEntries() {
        if (selected.get() != null) {
            showEntries.accept(selected.get());
        }
    }

    public void setShowEntriesHandler(Consumer<Snapshot> handler) {
        this.showEntries = handler;
    }

    public ObjectProperty<WorkspaceState> state() {
        return state;
    }

    public ObservableList<Snapshot> snapshots() {
        return snapshots;
    }

    public ObjectProperty<Snapshot> selected() {
        return selected;
    }

    public ObservableList<Reject> rejects() {
        return rejects;
    }

    public ReadOnlyStringProperty rejectSummary() {
        return rejectSummary.getReadOnlyProperty();
    }
}
