package org.auditbench.workspace;

import java.time.LocalDate;
import java.util.Set;
import org.auditbench.model.Severity;

/**
 * One entry as a list or tree row shows it, with what the scan said about it.
 *
 * @param worst             the worst severity of its findings, or null
 * @param rules             the rule ids that fired on it
 * @param domainReserved    the reserved name its domain lies under, or null
 * @param domainRegistrable its domain's registrable domain, or null
 * @param targetRegistrable its target's registrable domain, or null
 */
public record EntrySummary(long id, long snapshotId, String sourceName, String key, String domain, String protocol,
                           String target, Integer port, String layer, String owner, String justification,
                           LocalDate expires, String environment, Severity worst, Set<String> rules,
                           String domainReserved, String domainRegistrable, String targetRegistrable) {

    public EntrySummary {
        rules = Set.copyOf(rules);
    }

    public EntrySummary withFindings(Severity newWorst, Set<String> newRules) {
        return new EntrySummary(id, snapshotId, sourceName, key, domain, protocol, target, port, layer, owner,
                justification, expires, environment, newWorst, newRules, domainReserved, domainRegistrable,
                targetRegistrable);
    }
}
