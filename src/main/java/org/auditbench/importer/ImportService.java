package org.auditbench.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.auditbench.model.Reject;
import org.auditbench.model.Snapshot;
import org.auditbench.workspace.EncodedEntry;
import org.auditbench.workspace.SavedMapping;
import org.auditbench.workspace.SnapshotSpec;
import org.auditbench.workspace.SnapshotWriter;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;

/**
 * Imports one source into a workspace as one snapshot, in one transaction: the format reader streams
 * records and the mapper makes entries or rejects on a background thread ({@link MappingPipeline}) while
 * this thread writes them in multi-row batches. Any fatal problem — including cancellation — rolls
 * everything back, and the snapshot is invisible until it is complete.
 */
public final class ImportService {

    private static final int KEPT_REJECTS = 20;
    private static final int PROGRESS_EVERY = 5_000;

    private final Workspace workspace;

    public ImportService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Imports {@code input} with the format {@code options} names, or the one detected from the input. */
    public ImportResult run(ImportInput input, ImportOptions options, ImportListener listener)
            throws ImportException, WorkspaceException {
        return run(Importers.choose(input, options.format()), input, options, listener);
    }

    /** Imports {@code input} with a given importer (a JDBC importer holding credentials, for example). */
    public ImportResult run(Importer importer, ImportInput input, ImportOptions options, ImportListener listener)
            throws ImportException, WorkspaceException {
        SourceSelection selection = options.selection();
        checkSelection(importer, input, selection);
        String sourceName = options.sourceName() != null ? options.sourceName() : input.name() + selection.sourceSuffix();
        SavedMapping saved = savedMapping(options.mappingName());
        ImportResult result;
        ColumnMapping mapping;
        try (RecordReader reader = importer.open(input, selection)) {
            mapping = mapping(input, reader.columns(), saved, options.mappings());
            EntryMapper mapper = new EntryMapper(mapping, options.environment(), options.layer());
            String locator = selection.describe() == null ? input.locator()
                    : input.locator() + " (" + selection.describe() + ")";
            SnapshotSpec spec = new SnapshotSpec(sourceName, importer.format(), locator, options.label(),
                    options.environment(), options.layer(), mapping.asMap());
            result = write(new Job(reader, mapper, spec, input, options, importer.format(), mapping), listener);
        }
        if (result.unchanged() && options.saveMappingAs() != null) {
            workspace.mappings().save(options.saveMappingAs(), mapping.asMap(), importer.format(), sourceName);
        }
        return result;
    }

    /** Everything one import's writing phase needs. */
    private record Job(RecordReader reader, EntryMapper mapper, SnapshotSpec spec, ImportInput input,
                       ImportOptions options, String format, ColumnMapping mapping) {
    }

    private ImportResult write(Job job, ImportListener listener) throws ImportException, WorkspaceException {
        RecordReader reader = job.reader();
        SnapshotSpec spec = job.spec();
        ImportInput input = job.input();
        ImportOptions options = job.options();
        String format = job.format();
        ColumnMapping mapping = job.mapping();
        List<Reject> firstRejects = new ArrayList<>();
        try (SnapshotWriter writer = workspace.beginSnapshot(spec);
             MappingPipeline pipeline = new MappingPipeline(reader, job.mapper(), writer.encoder(), input.name())) {
            long records = 0;
            long nextProgress = PROGRESS_EVERY;
            for (Object[] batch; (batch = pipeline.next()) != null; ) {
                for (Object row : batch) {
                    if (row instanceof EncodedEntry entry) {
                        writer.add(entry);
                    } else {
                        Reject reject = (Reject) row;
                        writer.reject(reject);
                        if (firstRejects.size() < KEPT_REJECTS) {
                            firstRejects.add(reject);
                        }
                    }
                }
                records += batch.length;
                if (records >= nextProgress) {
                    nextProgress = records + PROGRESS_EVERY;
                    listener.progress(records);
                    if (listener.cancelled()) {
                        throw new ImportException(input.name() + ": import cancelled after " + records
                                + " records; nothing was written");
                    }
                }
            }
            listener.progress(records);
            String sha256 = reader.sha256();
            Optional<Snapshot> previous = workspace.snapshots().latestOf(spec.sourceName());
            if (!options.force() && previous.isPresent() && sha256.equals(previous.get().sha256())) {
                return new ImportResult(previous.get().id(), spec.sourceName(), format, sha256,
                        previous.get().importedCount(), previous.get().rejectedCount(), true, List.of());
            }
            if (options.saveMappingAs() != null) {
                writer.saveMapping(options.saveMappingAs(), mapping.asMap(), format, spec.sourceName());
            }
            long snapshotId = writer.commit(sha256);
            return new ImportResult(snapshotId, spec.sourceName(), format, sha256, writer.entryCount(),
                    writer.rejectCount(), false, firstRejects);
        }
    }

    /** A sheet, table, query or origin given for a format that has none is a mistake worth saying, not ignoring. */
    static void checkSelection(Importer importer, ImportInput input, SourceSelection selection) throws ImportException {
        String format = importer.format();
        boolean database = format.equals("sqlite") || format.equals("jdbc");
        if (selection.sheet() != null && !format.equals("xlsx")) {
            throw new ImportException(input.name() + ": --sheet is for XLSX workbooks; this source is " + format);
        }
        if ((selection.table() != null || selection.query() != null) && !database) {
            throw new ImportException(input.name() + ": --table and --query are for SQLite and JDBC sources; this source is "
                    + format);
        }
        if (selection.origin() != null && !format.equals("zone")) {
            throw new ImportException(input.name() + ": --origin is for zone files; this source is " + format);
        }
    }

    private SavedMapping savedMapping(String name) throws ImportException, WorkspaceException {
        if (name == null) {
            return null;
        }
        Optional<SavedMapping> found = workspace.mappings().find(name);
        if (found.isEmpty()) {
            List<String> names = workspace.mappings().all().stream().map(SavedMapping::name).toList();
            throw new ImportException("there is no saved mapping named '" + name + "' in this workspace"
                    + (names.isEmpty() ? " (none is saved yet; save one with --save-mapping NAME)"
                    : "; saved mappings are " + String.join(", ", names)));
        }
        return found.get();
    }

    /**
     * Automatic recognition, or exactly the saved mapping when one is named (so a column the source
     * renamed is an error, not a silent change); then the explicit {@code field=Column} overrides.
     */
    static ColumnMapping mapping(ImportInput input, List<String> columns, SavedMapping saved, List<String> overrides)
            throws ImportException {
        ColumnMapping.Builder builder = ColumnMapping.builder(columns);
        if (saved == null) {
            builder.automatic();
        } else {
            for (Map.Entry<String, String> e : saved.mapping().entrySet()) {
                if (!columns.contains(e.getValue())) {
                    throw new ImportException(input.name() + ": saved mapping '" + saved.name() + "' maps "
                            + e.getKey() + " to column '" + e.getValue() + "', which this source does not have;"
                            + " its columns are " + String.join(", ", columns));
                }
                builder.map(CanonicalField.byId(e.getKey()), e.getValue());
            }
        }
        overrides.forEach(builder::override);
        try {
            return builder.build();
        } catch (ImportException e) {
            throw new ImportException(input.name() + ": " + e.getMessage(), e);
        }
    }
}
