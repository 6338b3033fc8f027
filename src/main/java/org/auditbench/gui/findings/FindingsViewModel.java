package org.auditbench.gui.findings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.auditbench.model.Scan;
import org.auditbench.model.Severity;
import org.auditbench.workspace.FindingQuery;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;

/**
 * State of the findings view: the rows of the latest scan, counts by severity, a status line and the
 * selected row. {@link #load} runs off the FX thread; {@link #show} applies its result on it.
 */
public final class FindingsViewModel {

    /** Rows shown at most; the full workbench pages through larger scans. */
    static final int MAX_ROWS = 20_000;

    private final ObservableList<FindingRow> rows = FXCollections.observableArrayList();
    private final ObservableMap<Severity, Long> counts = FXCollections.observableMap(new EnumMap<>(Severity.class));
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Loading…");
    private final ObjectProperty<FindingRow> selected = new SimpleObjectProperty<>();

    /** What a background load produced. */
    public record Loaded(Path workspace, Scan scan, List<FindingRow> rows, Map<Severity, Long> counts) {
    }

    /** Reads the latest scan's findings; call off the FX thread. */
    public static Loaded load(Path workspaceFile) throws WorkspaceException {
        try (Workspace workspace = Workspace.open(workspaceFile)) {
            Scan scan = workspace.scans().latest().orElse(null);
            if (scan == null) {
                return new Loaded(workspaceFile, null, List.of(), Map.of());
            }
            List<FindingRow> rows = new ArrayList<>();
            workspace.findings().<RuntimeException>forEach(scan.id(), FindingQuery.ALL, f -> {
                if (rows.size() < MAX_ROWS) {
                    rows.add(FindingRow.of(f));
                }
            });
            return new Loaded(workspaceFile, scan, rows, workspace.findings().countBySeverity(scan.id()));
        }
    }

    /** Applies a load's result; call on the FX thread. */
    public void show(Loaded loaded) {
        rows.setAll(loaded.rows());
        counts.clear();
        for (Severity s : Severity.values()) {
            counts.put(s, loaded.counts().getOrDefault(s, 0L));
        }
        if (loaded.scan() == null) {
            status.set(loaded.workspace() + " has not been scanned yet");
            return;
        }
        long total = loaded.counts().values().stream().mapToLong(Long::longValue).sum();
        status.set(total + " findings in scan " + loaded.scan().id() + " of " + loaded.scan().snapshotIds().size()
                + " snapshot(s)" + (total > rows.size() ? " — showing the first " + rows.size() : "")
                + "  ·  " + loaded.workspace());
    }

    public void fail(Throwable error) {
        rows.clear();
        status.set("Could not open the workspace: " + error.getMessage());
    }

    public ObservableList<FindingRow> rows() {
        return rows;
    }

    public ObservableMap<Severity, Long> counts() {
        return counts;
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    public ObjectProperty<FindingRow> selected() {
        return selected;
    }
}
