package org.auditbench.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.auditbench.model.Reject;
import org.auditbench.model.Snapshot;
import org.auditbench.workspace.SnapshotSpec;
import org.auditbench.workspace.SnapshotWriter;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;

/**
 * Imports one source into a workspace as one snapshot, in one transaction: the format reader streams
 * records, the mapper makes entries or rejects, the writer batches them. Any fatal problem — including
 * cancellation — rolls everything back.
 */
public final class ImportService {

    private static final int KEPT_REJECTS = 20;
    private static final int PROGRESS_EVERY = 5_000;

    private final Workspace workspace;

    public ImportService(Workspace workspace) {
        this.workspace = workspace;
    }

    public ImportResult run(ImportInput input, ImportOptions options, ImportListener listener)
            throws ImportException, WorkspaceException {
        Importer importer = Importers.choose(input, options.format());
        String sourceName = options.sourceName() != null ? options.sourceName() : input.name();
        try (RecordReader reader = importer.open(input)) {
            ColumnMapping.Builder mappingBuilder = ColumnMapping.builder(reader.columns()).automatic();
            options.mappings().forEach(mappingBuilder::override);
            ColumnMapping mapping;
            try {
                mapping = mappingBuilder.build();
            } catch (ImportException e) {
                throw new ImportException(input.name() + ": " + e.getMessage(), e);
            }
            EntryMapper mapper = new EntryMapper(mapping, options.environment(), options.layer());
            SnapshotSpec spec = new SnapshotSpec(sourceName, importer.format(), input.locator(), options.label(),
                    options.environment(), options.layer(), mapping.asMap());
            List<Reject> firstRejects = new ArrayList<>();
            try (SnapshotWriter writer = workspace.beginSnapshot(spec)) {
                long records = 0;
                for (SourceRecord record; (record = reader.next()) != null; ) {
                    MappedRow row = mapper.map(record, reader);
                    if (row.isRejected()) {
                        writer.reject(row.reject());
                        if (firstRejects.size() < KEPT_REJECTS) {
                            firstRejects.add(row.reject());
                        }
                    } else {
                        writer.add(row.entry());
                    }
                    if (++records % PROGRESS_EVERY == 0) {
                        listener.progress(records);
                        if (listener.cancelled()) {
                            throw new ImportException(input.name() + ": import cancelled after " + records
                                    + " records; nothing was written");
                        }
                    }
                }
                listener.progress(records);
                String sha256 = reader.sha256();
                Optional<Snapshot> previous = workspace.snapshots().latestOf(sourceName);
                if (!options.force() && previous.isPresent() && sha256.equals(previous.get().sha256())) {
                    return new ImportResult(previous.get().id(), sourceName, importer.format(), sha256,
                            previous.get().importedCount(), previous.get().rejectedCount(), true, List.of());
                }
                long snapshotId = writer.commit(sha256);
                return new ImportResult(snapshotId, sourceName, importer.format(), sha256, writer.entryCount(),
                        writer.rejectCount(), false, firstRejects);
            }
        }
    }
}
