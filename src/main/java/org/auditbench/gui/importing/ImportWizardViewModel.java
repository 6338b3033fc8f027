package org.auditbench.gui.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.auditbench.gui.session.WorkspaceAccess;
import org.auditbench.importer.CanonicalField;
import org.auditbench.importer.ImportInput;
import org.auditbench.importer.ImportListener;
import org.auditbench.importer.ImportOptions;
import org.auditbench.importer.ImportPreview;
import org.auditbench.importer.ImportResult;
import org.auditbench.importer.ImportException;
import org.auditbench.importer.ImportService;
import org.auditbench.importer.SourceSelection;
import org.auditbench.importer.jdbc.JdbcImporter;
import org.auditbench.workspace.SavedMapping;

/**
 * The import wizard's state and commands: the source (a file, a folder, or a database over JDBC) and its
 * preview (format, columns, first rows), the editable column mapping (which can start from a mapping saved
 * in the workspace, and be saved under a name), the snapshot's details, the running import and its result.
 */
public final class ImportWizardViewModel {

    /** The wizard's pages, in order. */
    public enum Step { FILE, MAPPING, DETAILS, RUNNING, RESULT }

    /** Where the source comes from: a file or folder, or a database connection. */
    public enum SourceKind { FILE, DATABASE }

    static final int PREVIEW_ROWS = 20;

    private final WorkspaceAccess access;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.FILE);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final StringProperty fileError = new SimpleStringProperty();
    private final BooleanProperty reading = new SimpleBooleanProperty();
    private final MappingTable mapping;
    private final StringProperty sourceName = new SimpleStringProperty("");
    private final StringProperty label = new SimpleStringProperty(currentQuarter(LocalDate.now()));
    private final StringProperty environment = new SimpleStringProperty("");
    private final StringProperty layer = new SimpleStringProperty("");
    private final ObservableList<String> knownSources = FXCollections.observableArrayList();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final ObjectProperty<ImportResult> result = new SimpleObjectProperty<>();
    private final StringProperty importError = new SimpleStringProperty();
    private final ObjectProperty<SourceKind> kind = new SimpleObjectProperty<>(SourceKind.FILE);
    private final JdbcSource jdbc = new JdbcSource();
    /** The table or query the preview read (database sources), NONE for files. */
    private SourceSelection previewSelection = SourceSelection.NONE;
    private Consumer<ImportResult> onImported = r -> { };
    private Runnable cancel = () -> { };

    public ImportWizardViewModel(WorkspaceAccess access) {
        this.access = access;
        this.mapping = new MappingTable(access);
        access.read("import-sources", "Listing sources", ws -> ws.snapshots().latestPerSource().stream()
                .map(org.auditbench.model.Snapshot::sourceName).toList(), knownSources::setAll, null);
    }

    /** Connects to the database and reads ahead in the table or query (the database page's Preview). */
    public void connect() {
        String problem = jdbc.problem().get();
        if (problem != null) {
            fileError.set(problem);
            return;
        }
        ImportInput input;
        try {
            input = jdbc.input();
        } catch (ImportException e) {
            fileError.set(e.getMessage());
            return;
        }
        SourceSelection selection = jdbc.selection();
        JdbcImporter importer = jdbc.importer();
        file.set(null);
        preview.set(null);
        fileError.set(null);
        mapping.clear();
        if (sourceName.get().isBlank()) {
            sourceName.set(jdbc.defaultSourceName());
        }
        reading.set(true);
        access.task("Reading " + JdbcImporter.redact(input.name()), p -> {
            try {
                return ImportPreview.read(importer, input, selection, PREVIEW_ROWS);
            } finally {
                importer.clearPassword();
            }
        }, loaded -> {
            reading.set(false);
            previewSelection = selection;
            showPreview(loaded);
        }, failure -> {
            reading.set(false);
            fileError.set(failure.message());
        });
    }

    /** Lists the tables and views of the database page's connection. */
    public void listTables() {
        jdbc.listTables(access);
    }

    /** Wipes the database password; the wizard calls this when it closes. */
    public void close() {
        jdbc.forgetPassword();
    }

    /** Chooses the file (or folder) to import and reads ahead in it. */
    public void choose(Path chosen) {
        file.set(chosen);
        previewSelection = SourceSelection.NONE;
        preview.set(null);
        fileError.set(null);
        mapping.clear();
        if (chosen == null) {
            return;
        }
        if (!Files.exists(chosen)) {
            fileError.set(chosen + " does not exist");
            return;
        }
        if (sourceName.get().isBlank()) {
            sourceName.set(defaultSourceName(chosen));
        }
        reading.set(true);
        access.task("Reading " + chosen.getFileName(), p -> ImportPreview.read(ImportInput.of(chosen), null, PREVIEW_ROWS),
                loaded -> {
                    reading.set(false);
                    if (chosen.equals(file.get())) {
                        showPreview(loaded);
                    }
                }, failure -> {
                    reading.set(false);
                    if (chosen.equals(file.get())) {
                        fileError.set(failure.message());
                    }
                });
    }

    private void showPreview(ImportPreview loaded) {
        mapping.show(loaded);
        preview.set(loaded);
    }

    /** What the mapping table says, field by field. */
    public Map<CanonicalField, String> chosenMapping() {
        return mapping.chosen();
    }

    /** A sample value for a column from the first previewed row that has one. */
    public String sample(String column) {
        return mapping.sample(column);
    }

    public boolean canAdvance() {
        return switch (step.get()) {
            case FILE -> preview.get() != null && !reading.get();
            case MAPPING -> mapping.problem().get() == null;
            case DETAILS -> !sourceName.get().isBlank();
            default -> false;
        };
    }

    public void next() {
        if (!canAdvance()) {
            return;
        }
        switch (step.get()) {
            case FILE -> step.set(Step.MAPPING);
            case MAPPING -> step.set(Step.DETAILS);
            case DETAILS -> startImport(false);
            default -> { }
        }
    }

    public void back() {
        switch (step.get()) {
            case MAPPING -> step.set(Step.FILE);
            case DETAILS -> step.set(Step.MAPPING);
            case RESULT -> step.set(Step.DETAILS);
            default -> { }
        }
    }

    /** Runs the import; {@code force} imports even a source identical to its latest snapshot. */
    public void startImport(boolean force) {
        ImportPreview p = preview.get();
        if (p == null) {
            return;
        }
        boolean database = p.format().equals("jdbc");
        SavedMapping saved = mapping.used().get();
        ImportOptions options = new ImportOptions(p.format(), sourceName.get().strip(), blankToNull(label.get()),
                blankToNull(environment.get()), blankToNull(layer.get()), ImportPreview.overrides(chosenMapping()),
                force, previewSelection, saved == null ? null : saved.name(), null);
        ImportInput input = p.input();
        // a database import connects again with its own copy of the password, wiped when the job ends
        JdbcImporter importer = database ? jdbc.importer() : null;
        result.set(null);
        importError.set(null);
        progress.set(-1);
        progressText.set("Reading " + input.name() + "…");
        step.set(Step.RUNNING);
        String title = "Importing " + (database ? JdbcImporter.redact(input.name()) : input.name());
        cancel = access.job(title, (ws, job) -> importWith(new ImportService(ws), importer, input, options,
                new ImportListener() {
                    @Override
                    public void progress(long records) {
                        String text = String.format("%,d records read", records);
                        job.message(text);
                        access.onUiThread(() -> progressText.set(text));
                    }

                    @Override
                    public boolean cancelled() {
                        return job.cancelled();
                    }
                }), done -> {
                    result.set(done);
                    step.set(Step.RESULT);
                    if (!done.unchanged()) {
                        onImported.accept(done);
                    }
                }, failure -> {
                    importError.set(failure.message());
                    step.set(Step.RESULT);
                });
    }

    private static ImportResult importWith(ImportService service, JdbcImporter importer, ImportInput input,
                                           ImportOptions options, ImportListener listener) throws Exception {
        if (importer == null) {
            return service.run(input, options, listener);
        }
        try {
            return service.run(importer, input, options, listener);
        } finally {
            importer.clearPassword();
        }
    }

    /** Cancels the running import; it rolls back and writes nothing. */
    public void cancelImport() {
        cancel.run();
        importError.set("Import cancelled; nothing was written.");
        step.set(Step.RESULT);
    }

    public void setOnImported(Consumer<ImportResult> handler) {
        this.onImported = handler;
    }

    /** The calendar quarter of a day, e.g. {@code 2026Q4}: the default snapshot label. */
    static String currentQuarter(LocalDate day) {
        return day.getYear() + "Q" + day.get(IsoFields.QUARTER_OF_YEAR);
    }

    private static String defaultSourceName(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ObjectProperty<Step> step() {
        return step;
    }

    public ObjectProperty<Path> file() {
        return file;
    }

    public ObjectProperty<ImportPreview> preview() {
        return preview;
    }

    public StringProperty fileError() {
        return fileError;
    }

    public BooleanProperty reading() {
        return reading;
    }

    public ObservableList<MappingRow> mapping() {
        return mapping.rows();
    }

    public ObservableList<String> columnChoices() {
        return mapping.columns();
    }

    public StringProperty mappingProblem() {
        return mapping.problem();
    }

    /** The mapping table with its saved mappings. */
    public MappingTable mappingTable() {
        return mapping;
    }

    public StringProperty sourceName() {
        return sourceName;
    }

    public StringProperty label() {
        return label;
    }

    public StringProperty environment() {
        return environment;
    }

    public StringProperty layer() {
        return layer;
    }

    public ObservableList<String> knownSources() {
        return knownSources;
    }

    public DoubleProperty progress() {
        return progress;
    }

    public StringProperty progressText() {
        return progressText;
    }

    public ObjectProperty<ImportResult> result() {
        return result;
    }

    public StringProperty importError() {
        return importError;
    }

    public ObjectProperty<SourceKind> kind() {
        return kind;
    }

    /** The database page's connection details. */
    public JdbcSource jdbc() {
        return jdbc;
    }
}
