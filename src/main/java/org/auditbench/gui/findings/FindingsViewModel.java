package org.auditbench.gui.findings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
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
import org.auditbench.model.Severity;
import org.auditbench.model.TriageStatus;
import org.auditbench.workspace.FindingFilter;
import org.auditbench.workspace.FindingSearchDao.Cursor;
import org.auditbench.workspace.TriagedFinding;

/**
 * State of the findings view: filters (severity, rule, status, owner, text), the rows read so far a
 * page at a time with SQL filtering, the total that matches, the selected rows and the triage panel
 * that decides about them.
 */
public final class FindingsViewModel {

    /** Rows read per page; more are read as the table is scrolled to its end. */
    public static final int PAGE = 500;
    /** Owners offered in the owner filter at most (those with the most findings). */
    static final int MAX_OWNER_CHOICES = 300;

    private final WorkspaceAccess access;
    private final ObjectProperty<WorkspaceState> state = new SimpleObjectProperty<>();
    private final ObservableList<Severity> severities = FXCollections.observableArrayList();
    private final ObservableList<String> rules = FXCollections.observableArrayList();
    private final ObservableList<TriageStatus> statuses = FXCollections.observableArrayList();
    private final ObservableList<String> owners = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<String> ruleChoices = FXCollections.observableArrayList();
    private final ObservableList<String> ownerChoices = FXCollections.observableArrayList();
    private final ObservableList<FindingRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObjectProperty<FindingRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<FindingRow> selection = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ObjectProperty<Set<Long>> wantedSelection = new SimpleObjectProperty<>();
    private final TriagePanelModel triage;
    private Consumer<FindingRow> showEntry = row -> { };
    private long generation;
    private Cursor cursor = Cursor.START;
    private boolean more;
    private boolean loadingMore;

    public FindingsViewModel(WorkspaceAccess access) {
        this.access = access;
        this.triage = new TriagePanelModel(access, selection);
        triage.state().bind(state);
        state.addListener((o, a, b) -> {
            if (a != null && b != null && !a.file().equals(b.file())) {
                clearFilters();
            } else if (a != null && b != null && !selection.isEmpty()) {
                // the same workspace re-read (after a decision, a scan): keep the rows the user was looking at
                wantedSelection.set(selection.stream().map(FindingRow::id).collect(Collectors.toSet()));
            }
            reloadChoices();
            reload();
        });
    }

    /** The filter the table shows now. */
    public FindingFilter filter() {
        return new FindingFilter(new HashSet<>(severities), new HashSet<>(rules), new HashSet<>(statuses),
                new HashSet<>(owners), search.get());
    }

    /** Shows exactly {@code filter} (from the overview's tiles and bars). */
    public void apply(FindingFilter filter) {
        severities.setAll(filter.severities().stream().sorted().toList());
        rules.setAll(filter.rules().stream().sorted().toList());
        statuses.setAll(filter.statuses().stream().sorted().toList());
        owners.setAll(filter.owners().stream().sorted().toList());
        search.set(filter.text() == null ? "" : filter.text());
        reload();
    }

    public void clearFilters() {
        apply(FindingFilter.ALL);
    }

    /** Re-reads the first page and the total for the current filter. */
    public void reload() {
        WorkspaceState s = state.get();
        long current = ++generation;
        cursor = Cursor.START;
        more = false;
        loadingMore = false;
        if (s == null || s.scanId() == null) {
            rows.clear();
            total.set(0);
            summary.set(s == null ? "" : "No scan yet: run a scan (F5) to see findings.");
            return;
        }
        long scanId = s.scanId();
        FindingFilter filter = filter();
        loading.set(true);
        // the first page first, the count after it: at a million findings the table fills while SQL counts
        access.read("findings-page", "Listing findings", ws -> ws.findingSearch().page(scanId, filter, Cursor.START,
                PAGE), page -> {
                    if (current != generation) {
                        return;
                    }
                    loading.set(false);
                    rows.setAll(page.stream().map(FindingRow::of).toList());
                    wantedSelection.set(null);
                    advance(page);
                    if (more) {
                        total.set(-1);
                        summary.set(String.format("showing the first %,d · counting…", rows.size()));
                        count(scanId, filter, current);
                    } else {
                        total.set(rows.size());
                        updateSummary();
                    }
                }, failure -> {
                    loading.set(false);
                    rows.clear();
                    wantedSelection.set(null);
                    summary.set("Could not list findings: " + failure.message());
                });
    }

    private void count(long scanId, FindingFilter filter, long current) {
        access.read("findings-count", "Counting findings", ws -> ws.findingSearch().count(scanId, filter), n -> {
            if (current == generation) {
                total.set(n);
                updateSummary();
            }
        }, failure -> summary.set("Could not count the findings: " + failure.message()));
    }

    /** Reads the next page, if there is one and none is being read. */
    public void loadMore() {
        WorkspaceState s = state.get();
        if (!more || loadingMore || s == null || s.scanId() == null) {
            return;
        }
        loadingMore = true;
        long current = generation;
        long scanId = s.scanId();
        FindingFilter filter = filter();
        Cursor from = cursor;
        access.read("findings-more", "Listing more findings", ws -> ws.findingSearch().page(scanId, filter, from, PAGE),
                page -> {
                    loadingMore = false;
                    if (current != generation) {
                        return;
                    }
                    rows.addAll(page.stream().map(FindingRow::of).toList());
                    advance(page);
                    updateSummary();
                }, failure -> {
                    loadingMore = false;
                    summary.set("Could not list more findings: " + failure.message());
                });
    }

    public boolean hasMore() {
        return more;
    }

    private void advance(List<TriagedFinding> page) {
        if (!page.isEmpty()) {
            cursor = Cursor.after(page.get(page.size() - 1));
        }
        more = page.size() == PAGE;
    }

    private void updateSummary() {
        if (total.get() < 0) {
            summary.set(String.format("showing the first %,d · counting…", rows.size()));
            return;
        }
        summary.set(rows.size() < total.get()
                ? String.format("%,d findings match · showing %,d (scroll for more)", total.get(), rows.size())
                : String.format("%,d findings match", total.get()));
    }

    private void reloadChoices() {
        WorkspaceState s = state.get();
        if (s == null || s.scanId() == null) {
            ruleChoices.clear();
            ownerChoices.clear();
            return;
        }
        long scanId = s.scanId();
        access.read("findings-choices", "Reading filter choices", ws -> List.of(ws.findingSearch().rules(scanId),
                ws.findingSearch().owners(scanId, MAX_OWNER_CHOICES)), lists -> {
                    ruleChoices.setAll(union(lists.get(0), rules));
                    ownerChoices.setAll(union(lists.get(1), owners));
                }, null);
    }

    /** Choices plus whatever is already selected, so a preset filter value always stays visible. */
    private static List<String> union(List<String> choices, List<String> selected) {
        List<String> out = new ArrayList<>(choices);
        for (String s : selected) {
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Asks the window to show the selected finding's entry. */
    public void showEntry() {
        if (selected.get() != null) {
            showEntry.accept(selected.get());
        }
    }

    public void setShowEntryHandler(Consumer<FindingRow> handler) {
        this.showEntry = handler;
    }

    public ObjectProperty<WorkspaceState> state() {
        return state;
    }

    public ObservableList<Severity> severities() {
        return severities;
    }

    public ObservableList<String> rules() {
        return rules;
    }

    public ObservableList<TriageStatus> statuses() {
        return statuses;
    }

    public ObservableList<String> owners() {
        return owners;
    }

    public StringProperty search() {
        return search;
    }

    public ObservableList<String> ruleChoices() {
        return ruleChoices;
    }

    public ObservableList<String> ownerChoices() {
        return ownerChoices;
    }

    public ObservableList<FindingRow> rows() {
        return rows;
    }

    /** How many findings match the filter; -1 while they are being counted (after the first page arrived). */
    public ReadOnlyLongProperty total() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    public ObjectProperty<FindingRow> selected() {
        return selected;
    }

    /** Every selected row (multi-select), for decisions on many findings at once. */
    public ObservableList<FindingRow> selection() {
        return selection;
    }

    public BooleanProperty loading() {
        return loading;
    }

    /**
     * The ids of the rows to select again once the next page of rows arrives (set when the workspace is
     * re-read after a decision, so the table keeps the user's selection); null when there are none.
     */
    public ObjectProperty<Set<Long>> wantedSelection() {
        return wantedSelection;
    }

    /** The triage panel: the decision about the selected findings. */
    public TriagePanelModel triage() {
        return triage;
    }
}
