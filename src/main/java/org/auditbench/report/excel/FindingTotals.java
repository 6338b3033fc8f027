package org.auditbench.report.excel;

import java.util.Map;
import java.util.TreeMap;
import org.auditbench.model.Severity;
import org.auditbench.model.TriageStatus;
import org.auditbench.report.FindingsDigest;

/** What the Findings sheet counted while writing, for the Summary and Sign-off sheets. */
final class FindingTotals {

    private final long[][] bySeverityAndStatus = new long[Severity.values().length][TriageStatus.values().length];
    private final Map<String, Long> byRule = new TreeMap<>();
    private final FindingsDigest digest = new FindingsDigest();
    private String sha256;

    void add(String fingerprint, String rule, Severity severity, TriageStatus status) {
        bySeverityAndStatus[severity.ordinal()][status.ordinal()]++;
        byRule.merge(rule, 1L, Long::sum);
        digest.add(fingerprint, rule, severity, status);
    }

    void finish() {
        sha256 = digest.finish();
    }

    long count(Severity severity, TriageStatus status) {
        return bySeverityAndStatus[severity.ordinal()][status.ordinal()];
    }

    long count(Severity severity) {
        long sum = 0;
        for (long n : bySeverityAndStatus[severity.ordinal()]) {
            sum += n;
        }
        return sum;
    }

    long count(TriageStatus status) {
        long sum = 0;
        for (long[] row : bySeverityAndStatus) {
            sum += row[status.ordinal()];
        }
        return sum;
    }

    long total() {
        return digest.count();
    }

    /** Rule id to findings, in id order. */
    Map<String, Long> byRule() {
        return byRule;
    }

    String sha256() {
        return sha256;
    }
}
