package org.auditbench.gui.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.auditbench.gui.session.WorkspaceAccess;
import org.auditbench.gui.session.WorkspaceState;
import org.auditbench.gui.tasks.DialogCommand;
import org.auditbench.gui.tasks.DialogCommand.Step;
import org.auditbench.report.ReportRequest;
import org.auditbench.report.ReportResult;
import org.auditbench.report.ReviewPeriods;
import org.auditbench.report.SigningKey;
import org.auditbench.report.excel.QuarterlyReport;

/**
 * The export-report dialog's state and command: period (default: the quarter of the latest scan's review
 * date), reviewer, the .xlsx file, an optional PKCS#12 signing key whose password is handed over only for
 * the export and wiped after it; the export runs as a background job and records the file's SHA-256 in the
 * audit log (through {@link QuarterlyReport#export}, the one entry point the command line uses too).
 */
public final class ExportReportModel {

    private final WorkspaceAccess access;
    private final WorkspaceState state;
    private final String exportedBy;
    private final DialogCommand<ReportResult> command = new DialogCommand<>();
    private final StringProperty period = new SimpleStringProperty("");
    private final StringProperty reviewer = new SimpleStringProperty("");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> keystore = new SimpleObjectProperty<>();
    private final StringProperty keyAlias = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final StringBinding problem;
    private Runnable cancelRunning = () -> { };

    /**
     * @param exportedBy who exports, for the audit log (the session's reviewer)
     */
    public ExportReportModel(WorkspaceAccess access, WorkspaceState state, String exportedBy) {
        this.access = access;
        this.state = state;
        this.exportedBy = exportedBy;
        reviewer.set(exportedBy == null ? "" : exportedBy);
        if (state != null) {
            period.set(state.review() != null && !state.review().signed() && isReportPeriod(state.review().period())
                    ? state.review().period() : state.defaultPeriod());
            file.set(defaultFile(state, period.get()));
        }
        problem = Bindings.createStringBinding(this::firstProblem, period, file, keystore);
    }

    private static boolean isReportPeriod(String text) {
        try {
            ReviewPeriods.check(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Beside the workspace (in the home folder for the demo), named after it and the period. */
    static Path defaultFile(WorkspaceState state, String period) {
        Path folder = state.demo() || state.file().toAbsolutePath().getParent() == null
                ? Path.of(System.getProperty("user.home")) : state.file().toAbsolutePath().getParent();
        String name = state.file().getFileName().toString().replaceFirst("\\.db$", "");
        return folder.resolve(name + "-report-" + period.replace("..", "_to_") + ".xlsx");
    }

    private String firstProblem() {
        if (state == null || state.scan() == null) {
            return "Nothing to report yet: scan the workspace first (F5).";
        }
        try {
            ReviewPeriods.check(period.get());
        } catch (IllegalArgumentException e) {
            return "The " + e.getMessage() + ".";
        }
        Path out = file.get();
        if (out == null) {
            return "Choose the file to write.";
        }
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return "The report is an Excel workbook: the file name must end in .xlsx.";
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return "The folder " + folder + " does not exist.";
        }
        if (keystore.get() != null && !Files.isRegularFile(keystore.get())) {
            return "The signing key " + keystore.get() + " does not exist.";
        }
        return null;
    }

    /**
     * Writes the report on a background job. {@code password} (for the signing key; may be null or empty
     * without one) is wiped as soon as the key has been read, and never kept anywhere else.
     */
    public void export(char[] password) {
        if (problem.get() != null || command.running()) {
            wipe(password);
            return;
        }
        ReportRequest request = ReportRequest.of(period.get(), reviewer.get());
        Path out = file.get().toAbsolutePath();
        Path key = keystore.get();
        String alias = keyAlias.get() == null || keyAlias.get().isBlank() ? null : keyAlias.get().strip();
        char[] secret = password == null ? new char[0] : password;
        command.started();
        progressText.set("Writing " + out.getFileName() + "…");
        cancelRunning = access.job("Exporting the report " + out.getFileName(), (ws, progress) -> {
            SigningKey signingKey;
            try {
                progress.message(key == null ? "Writing the report" : "Reading the signing key");
                signingKey = key == null ? null : SigningKey.fromPkcs12(key, secret, alias);
            } finally {
                wipe(secret);
            }
            progress.message("Writing the report");
            return QuarterlyReport.export(ws, request, out, signingKey, exportedBy);
        }, command::finished, failure -> {
            wipe(secret);
            command.stopped(failure.message());
        });
    }

    /**
     * Stops a running export: the writer stops at its next row and deletes its unfinished file, so neither the
     * report nor its audit-log row appears. Back to the form, saying so.
     */
    public void cancel() {
        if (!command.running()) {
            return;
        }
        cancelRunning.run();
        command.stopped("The export was cancelled; no report was written.");
    }

    private static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }

    public void setOnExported(Consumer<ReportResult> handler) {
        command.setOnFinished(handler);
    }

    public ReadOnlyObjectProperty<Step> step() {
        return command.step();
    }

    public StringProperty period() {
        return period;
    }

    /** Who is to sign the report off, printed on its Sign-off sheet. */
    public StringProperty reviewer() {
        return reviewer;
    }

    public ObjectProperty<Path> file() {
        return file;
    }

    /** The PKCS#12 file to sign with, or null for an unsigned report. */
    public ObjectProperty<Path> keystore() {
        return keystore;
    }

    /** The key to use when the keystore holds several; blank for its only key. */
    public StringProperty keyAlias() {
        return keyAlias;
    }

    public ReadOnlyStringProperty progressText() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReportResult> result() {
        return command.result();
    }

    /** Why the last export failed, as the core said it, or null. */
    public ReadOnlyStringProperty error() {
        return command.error();
    }

    /** The first thing that keeps the export from running, or null. */
    public StringBinding problem() {
        return problem;
    }
}
