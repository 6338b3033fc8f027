package org.auditbench.report;

import org.auditbench.model.Entry;
import org.auditbench.model.Severity;

/**
 * One entry of the review with what the scan found on it.
 *
 * @param worst the most severe finding on the entry, or null when it drew none
 */
public record ReportEntry(Entry entry, String sourceName, long findings, Severity worst) {
}
