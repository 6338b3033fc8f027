package org.auditbench.report;

/**
 * Findings of one owner.
 *
 * @param owner      null for entries without an owner
 * @param bySeverity counts indexed by {@link org.auditbench.model.Severity#ordinal()}
 */
public record OwnerCount(String owner, long findings, long[] bySeverity) {
}
