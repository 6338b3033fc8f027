package org.auditbench.report;

import org.auditbench.model.Finding;

/** One row of the Findings sheet: the finding as scanned and where triage stands on it. */
public record ReportFinding(Finding finding, CurrentDecision decision) {
}
