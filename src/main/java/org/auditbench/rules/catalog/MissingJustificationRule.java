package org.auditbench.rules.catalog;

import java.util.List;
import org.auditbench.model.Entry;
import org.auditbench.model.Severity;
import org.auditbench.rules.api.Evidence;
import org.auditbench.rules.api.FindingSink;
import org.auditbench.rules.api.Rule;
import org.auditbench.rules.api.RuleContext;
import org.auditbench.rules.api.RuleMetadata;

/** An entry with no written reason for existing. */
public final class MissingJustificationRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "missing-justification",
            "Every entry states why it exists",
            Severity.MEDIUM,
            "A reviewer can only confirm an entry against its stated purpose. Without one, nobody can tell a"
                    + " deliberate routing decision from a mistake or a leftover test.",
            "Write down why the entry exists, with the change or contract reference that approved it.",
            List.of("DESIGN §1", "ISO/IEC 27001:2022 A.8.32 (change management)"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Entry entry, RuleContext context, FindingSink sink) {
        if (entry.justification() != null && !entry.justification().isBlank()) {
            return;
        }
        sink.report(() -> Evidence.of(Severity.MEDIUM, EvidenceText.key(entry) + " has no justification",
                EvidenceText.detail(entry, "owner", entry.owner())));
    }
}
