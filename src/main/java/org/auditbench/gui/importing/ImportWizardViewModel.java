package org.auditbench.gui.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
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
import org.auditbench.importer.ImportService;

/**
 * The import wizard's state and commands: the file and its preview (format, columns, first rows),
 * the editable column mapping, the snapshot's details, the running import and its result.
 */
public final class ImportWizardViewModel {

    /** The wizard's pages, in order. */
    public enum Step { FILE, MAPPING, DETAILS, RUNNING, RESULT }

    static final int PREVIEW_ROWS = 20;

    private final WorkspaceAccess access;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.FILE);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final StringProperty fileError = new SimpleStringProperty();
    private final BooleanProperty reading = new SimpleBooleanProperty();
    private final ObservableList<MappingRow> mapping = FXCollections.observableArrayList();
    private final ObservableList<String> columnChoices = FXCollections.observableArrayList();
    private final StringProperty mappingProblem = new SimpleStringProperty();
    private final StringProperty sourceName = new SimpleStringProperty("");
    private final StringProperty label = new SimpleStringProperty(currentQuarter(LocalDate.now()));
    private final StringProperty environment = new SimpleStringProperty("");
    private final StringProperty layer = new SimpleStringProperty("");
    private final ObservableList<String> knownSources = FXCollections.observableArrayList();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final ObjectProperty<ImportResult> result = new SimpleObjectProperty<>();
    private final StringProperty importError = new SimpleStringProperty();
    private Consumer<ImportResult> onImported = r -> { };
    private Runnable cancel = () -> { };

    public ImportWizardViewModel(WorkspaceAccess access) {
        this.access = access;
        access.read("import-sources", "Listing sources", ws -> ws.snapshots().latestPerSource().stream()
                .map(org.auditbench.model.Snapshot::sourceName).toList(), knownSources::setAll, null);
    }

    /** Chooses the file (or folder) to import and reads ahead in it. */
    public void choose(Path chosen) {
        file.set(chosen);
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
        preview.set(loaded);
        columnChoices.setAll(loaded.columns());
        List<MappingRow> rows = new ArrayList<>();
        for (CanonicalField field : CanonicalField.values()) {
            MappingRow row = new MappingRow(field, loaded.automatic().get(field));
            row.column().addListener((o, a, b) -> validateMapping());
            rows.add(row);
        }
        mapping.setAll(rows);
        validateMapping();
    }

    /** What the mapping table says, field by field. */
    public Map<CanonicalField, String> chosenMapping() {
        Map<CanonicalField, String> out = new EnumMap<>(CanonicalField.class);
        for (MappingRow row : mapping) {
            if (row.column().get() != null && !row.column().get().isEmpty()) {
                out.put(row.field(), row.column().get());
            }
        }
        return out;
    }

    private void validateMapping() {
        Map<CanonicalField, String> chosen = chosenMapping();
        if (!chosen.containsKey(CanonicalField.DOMAIN)) {
            mappingProblem.set("Choose the column that holds the domain (or e-mail address).");
            return;
        }
        Map<String, CanonicalField> used = new HashMap<>();
        for (Map.Entry<CanonicalField, String> e : chosen.entrySet()) {
            CanonicalField other = used.put(e.getValue(), e.getKey());
            if (other != null) {
                mappingProblem.set("Column '" + e.getValue() + "' is mapped to both " + other.id() + " and "
                        + e.getKey().id() + "; a column feeds one field.");
                return;
            }
        }
        mappingProblem.set(null);
    }

    /** A sample value for a column from the first previewed row that has one. */
    public String sample(String column) {
        ImportPreview p = preview.get();
        if (p == null || column == null) {
            return "";
        }
        int index = p.columns().indexOf(column);
        for (List<String> row : p.rows()) {
            if (index >= 0 && index < row.size() && !row.get(index).isBlank()) {
                return row.get(index);
            }
        }
        return "";
    }

    public boolean canAdvance() {
        return switch (step.get()) {
            case FILE -> preview.get() != null && !reading.get();
            case MAPPING -> mappingProblem.get() == null;
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
        ImportOptions options = new ImportOptions(p.format(), sourceName.get().strip(), blankToNull(label.get()),
                blankToNull(environment.get()), blankToNull(layer.get()), ImportPreview.overrides(chosenMapping()),
                force);
        ImportInput input = p.input();
        result.set(null);
        importError.set(null);
        progress.set(-1);
        progressText.set("Reading " + input.name() + "…");
        step.set(Step.RUNNING);
        cancel = access.job("Importing " + input.name(), (ws, job) -> new ImportService(ws).run(input, options,
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
        return mapping;
    }

    public ObservableList<String> columnChoices() {
        return columnChoices;
    }

    public StringProperty mappingProblem() {
        return mappingProblem;
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
}
