package org.auditbench.workspace;

import java.util.Set;
import org.auditbench.model.Severity;

/**
 * Which findings of a scan to list.
 *
 * @param minSeverity only findings at least this severe; null for all
 * @param rules       only these rule ids; empty for all
 */
public record FindingQuery(Severity minSeverity, Set<String> rules) {

    public static final FindingQuery ALL = new FindingQuery(null, Set.of());

    public FindingQuery {
        rules = rules == null ? Set.of() : Set.copyOf(rules);
    }
}
