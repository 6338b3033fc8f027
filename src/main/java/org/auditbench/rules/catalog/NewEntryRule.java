package org.auditbench.rules.catalog;

import java.util.List;
import java.util.Optional;
import org.auditbench.model.Entry;
import org.auditbench.model.Severity;
import org.auditbench.rules.api.Evidence;
import org.auditbench.rules.api.FindingSink;
import org.auditbench.rules.api.Rule;
import org.auditbench.rules.api.RuleContext;
import org.auditbench.rules.api.RuleMetadata;

/** An entry that was not in the previous snapshot of the same source. */
public final class NewEntryRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "new-entry",
            "Every entry added since the last review has been looked at",
            Severity.INFO,
            "A quarterly review is cheapest when it looks hardest at what changed. New entries have not been"
                    + " through any review yet; the mail.example.org row of the demo was added last quarter.",
            "Check the new entry like any other: owner, justification, expiry, route. Accept it in triage once"
                    + " it has been reviewed.",
            List.of("DESIGN §10 (quarterly review)"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public boolean needsNeighbourhood() {
        return true;
    }

    @Override
    public void check(Entry entry, RuleContext context, FindingSink sink) {
        Optional<String> previous = context.neighbourhood().previousSnapshot();
        if (previous.isEmpty() || context.neighbourhood().previous(entry).isPresent()) {
            return;
        }
        sink.report(() -> Evidence.of(Severity.INFO,
                EvidenceText.key(entry) + " " + (entry.protocol() == null ? "" : entry.protocol() + " ")
                        + (entry.layer() == null ? "" : "(" + entry.layer() + " layer) ") + "is new since "
                        + previous.get(),
                EvidenceText.detail(entry, "previous snapshot", previous.get())));
    }
}
