package org.auditbench.report;

import java.util.function.Consumer;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;

/**
 * Changes between two snapshots of a source computed from their entries: matched on key, protocol and
 * layer; a match with a different target, port, owner, justification or expiry is a change.
 */
public final class SnapshotChanges implements ChangeSource {

    private final Workspace workspace;

    public SnapshotChanges(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public void forEachChange(Comparison comparison, Consumer<ChangeRow> consumer) throws ReportException {
        if (comparison.before() == null) {
            return;
        }
        try {
            workspace.reportData().<RuntimeException>forEachChange(comparison.before().id(), comparison.after().id(),
                    (kind, before, after) -> consumer.accept(new ChangeRow(
                            ChangeRow.Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)),
                            comparison.sourceName(), before, after)));
        } catch (WorkspaceException e) {
            throw new ReportException(e.getMessage(), e);
        }
    }
}
