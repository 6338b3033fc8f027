package org.auditbench.report;

import java.util.function.Consumer;
import org.auditbench.triage.EntryChange;
import org.auditbench.triage.SnapshotDiff;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;

/** The Changes sheet's rows: the triage module's snapshot diff, as {@code auditbench diff} shows it. */
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
            SnapshotDiff.<RuntimeException>compare(workspace, comparison.before().id(), comparison.after().id(),
                    (EntryChange c) -> consumer.accept(new ChangeRow(ChangeRow.Kind.valueOf(c.kind().name()),
                            comparison.sourceName(), c.before(), c.after())));
        } catch (WorkspaceException e) {
            throw new ReportException(e.getMessage(), e);
        }
    }
}
