package org.auditbench.workspace;

import java.util.Locale;
import java.util.Set;
import org.auditbench.model.Severity;
import org.auditbench.model.TriageStatus;

/**
 * What the workbench's findings table is narrowed to; an empty set means "any".
 *
 * @param owners entry owners; '' stands for entries without one
 * @param text   matches domain, address, target, owner, rule or message (case-insensitive); null for all
 */
public record FindingFilter(Set<Severity> severities, Set<String> rules, Set<TriageStatus> statuses,
                            Set<String> owners, String text) {

    public static final FindingFilter ALL = new FindingFilter(Set.of(), Set.of(), Set.of(), Set.of(), null);

    public FindingFilter {
        severities = severities == null ? Set.of() : Set.copyOf(severities);
        rules = rules == null ? Set.of() : Set.copyOf(rules);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        owners = owners == null ? Set.of() : Set.copyOf(owners);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    String likePattern() {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
