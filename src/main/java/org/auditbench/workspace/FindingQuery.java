package org.auditbench.workspace;

import java.util.Set;
import org.auditbench.model.Severity;
import org.auditbench.model.TriageStatus;

/**
 * Which findings of a scan to list.
 *
 * @param minSeverity only findings at least this severe; null for all
 * @param rules       only these rule ids; empty for all
 * @param statuses    only findings whose triage status in force today is one of these; empty for all
 */
public record FindingQuery(Severity minSeverity, Set<String> rules, Set<TriageStatus> statuses) {

    public static final FindingQuery ALL = new FindingQuery(null, Set.of(), Set.of());

    public FindingQuery {
        rules = rules == null ? Set.of() : Set.copyOf(rules);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public FindingQuery(Severity minSeverity, Set<String> rules) {
        this(minSeverity, rules, Set.of());
    }
}
