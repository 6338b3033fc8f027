package org.auditbench.report;

import java.util.function.Consumer;

/**
 * The differences between a source's previous and current snapshot, for the Changes sheet.
 * {@link SnapshotChanges} supplies them from the triage module's snapshot diff.
 */
public interface ChangeSource {

    /** Calls {@code consumer} for each added, removed and changed entry of the comparison. */
    void forEachChange(Comparison comparison, Consumer<ChangeRow> consumer) throws ReportException;
}
