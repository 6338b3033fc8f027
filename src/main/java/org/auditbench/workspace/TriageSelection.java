package org.auditbench.workspace;

import java.util.Set;
import org.auditbench.model.Severity;
import org.auditbench.model.TriageStatus;

/**
 * Which findings of a scan a bulk decision covers; every given criterion must hold.
 *
 * @param rules           only these rule ids; empty for all
 * @param minSeverity     only findings at least this severe; null for all
 * @param currentStatuses only findings whose status in force today is one of these; empty for all
 * @param sources         only findings of these source names; empty for all
 */
public record TriageSelection(Set<String> rules, Severity minSeverity, Set<TriageStatus> currentStatuses,
                              Set<String> sources) {

    public TriageSelection {
        rules = rules == null ? Set.of() : Set.copyOf(rules);
        currentStatuses = currentStatuses == null ? Set.of() : Set.copyOf(currentStatuses);
        sources = sources == null ? Set.of() : Set.copyOf(sources);
    }

    /** True when nothing narrows the selection, i.e. it would cover every finding. */
    public boolean isUnrestricted() {
        return rules.isEmpty() && minSeverity == null && currentStatuses.isEmpty() && sources.isEmpty();
    }
}
