package org.auditbench.rules.api;

import java.util.List;
import java.util.Objects;
import org.auditbench.model.Severity;

/**
 * What a rule declares about itself: a stable id, a title stating the desired state, its default
 * severity, why it matters, how to fix it, and the documents behind it.
 */
public record RuleMetadata(String id, String title, Severity defaultSeverity, String rationale, String remediation,
                           List<String> references) {

    public RuleMetadata {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(remediation, "remediation");
        references = List.copyOf(references);
    }
}
