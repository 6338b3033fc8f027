package org.auditbench.report;

import java.nio.file.Path;
import java.util.List;

/**
 * A written report. The file's SHA-256 is what the audit log records for the export.
 *
 * @param sha256         SHA-256 of the final file (after signing, when signed)
 * @param findingsSha256 SHA-256 of the findings it lists (see {@link FindingsDigest})
 */
public record ReportResult(Path file, String sha256, String period, long scanId, long findings,
                           String findingsSha256, List<String> sheets, boolean signed) {

    public ReportResult {
        sheets = List.copyOf(sheets);
    }
}
