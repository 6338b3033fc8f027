package org.auditbench.workspace;

import org.auditbench.model.Severity;

/**
 * One group row of the entries tree, computed by SQL aggregation.
 *
 * @param key      the group's value ('' when the entries do not state one; an expiry bucket id for EXPIRY)
 * @param entries  how many entries the group holds
 * @param worst    the worst severity among the group's findings, or null when none fired
 */
public record EntryGroup(String key, long entries, Severity worst) {
}
