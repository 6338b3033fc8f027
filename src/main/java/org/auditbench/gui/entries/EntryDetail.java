package org.auditbench.gui.entries;

import java.util.List;
import org.auditbench.model.Entry;
import org.auditbench.model.Snapshot;
import org.auditbench.workspace.EntryHistoryDao.Version;
import org.auditbench.workspace.TriagedFinding;

/** Everything the detail pane shows about one entry: its fields, its findings with their triage, its history. */
public record EntryDetail(Entry entry, Snapshot snapshot, List<TriagedFinding> findings, List<Version> history) {

    public EntryDetail {
        findings = List.copyOf(findings);
        history = List.copyOf(history);
    }
}
