package org.auditbench.report.excel;

import java.nio.file.Path;
import org.auditbench.report.ReportException;
import org.auditbench.report.ReportRequest;
import org.auditbench.report.ReportResult;
import org.auditbench.report.SigningKey;
import org.auditbench.report.SnapshotChanges;
import org.auditbench.report.TriageBackedView;
import org.auditbench.report.WorkspaceReportSources;
import org.auditbench.triage.ReviewService;
import org.auditbench.triage.TriageException;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;

/**
 * Exports the quarterly report of a workspace — its findings with their triage, the snapshot changes,
 * waivers and sign-off — and records the file's SHA-256 in the audit log. The one entry point the
 * command line and the workbench share.
 */
public final class QuarterlyReport {

    private QuarterlyReport() {
    }

    /**
     * Writes the report to {@code out} (signed when {@code key} is given) and appends a
     * {@code report-export} row naming its SHA-256 to the audit log.
     *
     * @param exportedBy who exported it, for the audit log; null for the operating-system user
     */
    public static ReportResult export(Workspace workspace, ReportRequest request, Path out, SigningKey key,
                                      String exportedBy) throws ReportException {
        WorkspaceReportSources sources = WorkspaceReportSources.open(workspace, request,
                new TriageBackedView(workspace), new SnapshotChanges(workspace));
        ReportResult result = ExcelReport.write(sources, request, out, key);
        try {
            new ReviewService(workspace).recordReportExport(result.file(), exportedBy);
        } catch (TriageException | WorkspaceException e) {
            throw new ReportException("wrote " + result.file() + " but could not record it in the audit log: "
                    + e.getMessage(), e);
        }
        return result;
    }
}
