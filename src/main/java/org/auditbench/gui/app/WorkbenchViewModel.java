package org.auditbench.gui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.auditbench.demo.DemoWorkspace;
import org.auditbench.gui.entries.EntriesViewModel;
import org.auditbench.gui.export.ExportReportModel;
import org.auditbench.gui.review.SignOffModel;
import org.auditbench.gui.sources.AuditLogCheck;
import org.auditbench.gui.entries.ExpiryWindow;
import org.auditbench.gui.findings.FindingRow;
import org.auditbench.gui.findings.FindingsViewModel;
import org.auditbench.gui.importing.ImportWizardViewModel;
import org.auditbench.gui.overview.OverviewViewModel;
import org.auditbench.gui.session.WorkspaceAccess;
import org.auditbench.gui.session.WorkspaceState;
import org.auditbench.gui.sources.SourcesViewModel;
import org.auditbench.model.Severity;
import org.auditbench.model.Snapshot;
import org.auditbench.rules.engine.PolicyDocument;
import org.auditbench.rules.engine.PolicyLoader;
import org.auditbench.rules.engine.ScanResult;
import org.auditbench.rules.engine.ScanService;
import org.auditbench.triage.ReviewService;
import org.auditbench.workspace.FindingFilter;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;

/**
 * The window's state and commands: which workspace is open (and whether it is the demo), which view
 * shows, the theme, the recent workspaces, who decides in this session, and the commands of the toolbar
 * and menus (scan, export, sign-off, open a review). The view models of the four views hang off it and
 * follow the workspace state it loads; the audit-log check follows it too.
 */
public final class WorkbenchViewModel {

    private final WorkspaceAccess access;
    private final Settings settings;
    private final Clock clock;
    private final ObjectProperty<WorkspaceState> state = new SimpleObjectProperty<>();
    private final ObjectProperty<View> view = new SimpleObjectProperty<>(View.OVERVIEW);
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<ScanResult> lastScan = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty scanning = new SimpleBooleanProperty();
    private final StringProperty reviewer = new SimpleStringProperty("");
    private final BooleanProperty reviewerConfirmed = new SimpleBooleanProperty();
    private final ObjectProperty<Path> lastReport = new SimpleObjectProperty<>();
    private final AuditLogCheck auditCheck;
    private final OverviewViewModel overview;
    private final EntriesViewModel entries;
    private final FindingsViewModel findings;
    private final SourcesViewModel sources;
    private Consumer<Path> switcher = path -> { };

    public WorkbenchViewModel(WorkspaceAccess access, Settings settings, Clock clock) {
        this.access = access;
        this.settings = settings;
        this.clock = clock;
        this.overview = new OverviewViewModel(access);
        this.entries = new EntriesViewModel(access);
        this.findings = new FindingsViewModel(access);
        this.sources = new SourcesViewModel(access);
        this.auditCheck = new AuditLogCheck(access);
        // a view reads the workspace when it is shown: at a million entries, only the visible view waits
        state.addListener((o, a, b) -> push(view.get()));
        state.addListener((o, a, b) -> auditCheck.state().set(b));
        state.addListener((o, a, b) -> {
            if (a != null && b != null && !a.file().equals(b.file())) {
                lastReport.set(null);
            }
        });
        view.addListener((o, a, b) -> push(b));
        overview.setOpenFindings(this::showFindings);
        overview.setOpenEntries(this::showEntries);
        findings.setShowEntryHandler(this::showEntry);
        sources.setShowEntriesHandler(this::showSnapshot);
        dark.set(settings.dark());
        recent.setAll(settings.recent());
        reviewer.set(settings.reviewer());
        findings.triage().actor().bind(reviewer);
        findings.triage().setOnDecided(result -> refresh());
    }

    /**
     * The person deciding, exporting and signing in this session. The window asks once per session (the
     * remembered name, at first the operating-system user, filled in); {@code name} is remembered.
     */
    public void confirmReviewer(String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        reviewer.set(name.strip());
        settings.setReviewer(name);
        reviewerConfirmed.set(true);
    }

    /** Opens a new review of {@code period} (after a sign-off, so decisions can be recorded again). */
    public void openReview(String period, Consumer<String> onError) {
        if (state.get() == null) {
            return;
        }
        String by = reviewer.get();
        access.job("Opening review " + period, (ws, progress) -> new ReviewService(ws).open(period, by), review -> {
            message.set(null);
            refresh();
        }, failure -> onError.accept(failure.message()));
    }

    /** A new model for the export-report dialog; a finished export is offered to the sign-off. */
    public ExportReportModel exportReport() {
        ExportReportModel model = new ExportReportModel(access, state.get(), reviewer.get());
        model.setOnExported(result -> {
            lastReport.set(result.file());
            auditCheck.verify();
        });
        return model;
    }

    /** A new model for the sign-off dialog; the workspace is re-read once signed (the triage panel locks). */
    public SignOffModel signOff() {
        SignOffModel model = new SignOffModel(access, state.get(), reviewer.get(), lastReport.get());
        model.setOnSigned(summary -> refresh());
        return model;
    }

    /** Hands the current workspace state to a view's model, which reloads when it changes. */
    private void push(View target) {
        ObjectProperty<WorkspaceState> viewState = switch (target) {
            case OVERVIEW -> overview.state();
            case ENTRIES -> entries.state();
            case FINDINGS -> findings.state();
            case SOURCES -> sources.state();
        };
        if (viewState.get() != state.get()) {
            viewState.set(state.get());
        }
    }

    /** How the window switches its read connection to another file (the session's switchTo). */
    public void setSwitcher(Consumer<Path> switcher) {
        this.switcher = switcher;
    }

    /** Opens an existing workspace (or creates one at a new path); {@code demo} shows the demo banner. */
    public void open(Path file, boolean demo) {
        Path target = file.toAbsolutePath().normalize();
        message.set("Opening " + target.getFileName() + "…");
        switcher.accept(target);
        access.read("state", "Opening " + target.getFileName(), ws -> WorkspaceState.load(ws, demo, clock), loaded -> {
            message.set(null);
            settings.opened(target);
            recent.setAll(settings.recent());
            state.set(loaded);
        }, failure -> {
            message.set("Could not open " + target + ": " + failure.message());
            if (!Files.exists(target)) {
                settings.forget(target);
                recent.setAll(settings.recent());
            }
        });
    }

    /** Builds the demo workspace on first use (off the FX thread) and opens it. */
    public void openDemo() {
        message.set("Preparing the demo workspace…");
        access.task("Preparing the demo workspace", p -> DemoWorkspace.ensure(DemoWorkspace.defaultLocation()),
                path -> open(path, true), failure -> message.set("Could not build the demo workspace: "
                        + failure.message()));
    }

    /** Creates a new, empty workspace file and opens it. */
    public void create(Path file) {
        access.task("Creating " + file.getFileName(), p -> {
            if (Files.exists(file)) {
                throw new WorkspaceException(file + " already exists; open it instead");
            }
            try (Workspace created = Workspace.open(file)) {
                return created.file();
            }
        }, path -> open(path, false), failure -> message.set("Could not create the workspace: " + failure.message()));
    }

    /** Whether {@code file} is the built-in demo workspace. */
    public static boolean isDemo(Path file) {
        return file.toAbsolutePath().normalize().equals(DemoWorkspace.defaultLocation().toAbsolutePath().normalize());
    }

    /** Re-reads the workspace state; every view reloads from it. */
    public void refresh() {
        WorkspaceState current = state.get();
        if (current == null) {
            return;
        }
        access.read("state", "Refreshing", ws -> WorkspaceState.load(ws, current.demo(), clock), state::set,
                failure -> message.set("Could not refresh: " + failure.message()));
    }

    /** Scans with the policy of the latest scan, or the built-in policy before the first scan. */
    public void scan() {
        WorkspaceState s = state.get();
        if (s != null && s.policyText() != null) {
            long scanId = s.scanId();
            String text = s.policyText();
            runScan("Scanning with the policy of scan " + scanId,
                    () -> new PolicyLoader(clock).parseChecked(text, "policy of scan " + scanId));
        } else {
            scanBuiltIn();
        }
    }

    public void scanBuiltIn() {
        runScan("Scanning with the built-in policy", () -> new PolicyLoader(clock).builtIn());
    }

    public void scanWith(Path policyFile) {
        runScan("Scanning with " + policyFile.getFileName(), () -> new PolicyLoader(clock).load(policyFile));
    }

    @FunctionalInterface
    private interface PolicySource {
        PolicyDocument load() throws Exception;
    }

    private void runScan(String title, PolicySource policy) {
        if (state.get() == null || scanning.get()) {
            return;
        }
        scanning.set(true);
        message.set(title + "…");
        access.job(title, (ws, progress) -> {
            progress.message("Loading the policy");
            PolicyDocument document = policy.load();
            progress.message("Checking every entry");
            return new ScanService(ws).scan(document);
        }, result -> {
            scanning.set(false);
            message.set(null);
            lastScan.set(result);
            refresh();
        }, failure -> {
            scanning.set(false);
            message.set("Scan failed: " + failure.message());
        });
    }

    /** A new view model for the import wizard; the workspace refreshes after a successful import. */
    public ImportWizardViewModel importWizard() {
        ImportWizardViewModel wizard = new ImportWizardViewModel(access);
        wizard.setOnImported(result -> refresh());
        return wizard;
    }

    public void navigate(View target) {
        view.set(target);
    }

    public void showFindings(FindingFilter filter) {
        view.set(View.FINDINGS);
        findings.apply(filter);
    }

    public void showEntries(ExpiryWindow window) {
        view.set(View.ENTRIES);
        entries.expiryWindow().set(window);
    }

    private void showEntry(FindingRow row) {
        view.set(View.ENTRIES);
        entries.snapshotScope().set(null);
        entries.expiryWindow().set(null);
        entries.search().set(row.key());
        entries.reload();
    }

    private void showSnapshot(Snapshot snapshot) {
        view.set(View.ENTRIES);
        entries.snapshotScope().set(snapshot);
    }

    public void toggleTheme() {
        dark.set(!dark.get());
        settings.setDark(dark.get());
    }

    /** One line for the status bar: workspace, snapshot, counts. */
    public static String statusText(WorkspaceState s) {
        if (s == null) {
            return "No workspace open";
        }
        String findings = s.scan() == null ? "not scanned" : String.format("%,d findings (%,d critical, %,d high)",
                s.findingCount(), s.findingsBySeverity().getOrDefault(Severity.CRITICAL, 0L),
                s.findingsBySeverity().getOrDefault(Severity.HIGH, 0L));
        return String.format("%s  ·  %s  ·  %,d entries  ·  %s", s.file().getFileName(), s.scopeLabel(),
                s.entryCount(), findings);
    }

    public ObjectProperty<WorkspaceState> state() {
        return state;
    }

    public ObjectProperty<View> view() {
        return view;
    }

    public BooleanProperty dark() {
        return dark;
    }

    public ObservableList<Path> recent() {
        return recent;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScanResult> lastScan() {
        return lastScan.getReadOnlyProperty();
    }

    public BooleanProperty scanning() {
        return scanning;
    }

    /** Who decides in this session (see {@link #confirmReviewer}). */
    public StringProperty reviewer() {
        return reviewer;
    }

    /** Whether the person deciding has confirmed their name in this session. */
    public BooleanProperty reviewerConfirmed() {
        return reviewerConfirmed;
    }

    /** The report exported last in this session, or null. */
    public ObjectProperty<Path> lastReport() {
        return lastReport;
    }

    public AuditLogCheck auditCheck() {
        return auditCheck;
    }

    public OverviewViewModel overview() {
        return overview;
    }

    public EntriesViewModel entries() {
        return entries;
    }

    public FindingsViewModel findings() {
        return findings;
    }

    public SourcesViewModel sources() {
        return sources;
    }
}
