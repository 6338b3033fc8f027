package org.auditbench.rules.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.auditbench.model.Entry;
import org.auditbench.model.Severity;
import org.auditbench.rules.api.Evidence;
import org.auditbench.rules.api.FindingSink;
import org.auditbench.rules.api.Rule;
import org.auditbench.rules.api.RuleContext;
import org.auditbench.rules.api.RuleMetadata;

/** An entry whose route differs from the same entry in the previous snapshot of the same source. */
public final class RoutingChangedRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "routing-changed",
            "Every change of route since the last review is intended",
            Severity.MEDIUM,
            "A changed target sends users' connections, and their passwords, somewhere new. Most changes are"
                    + " migrations; a change to another organisation's server that no partner approval covers is how"
                    + " mail gets diverted.",
            "Confirm the change against its ticket; if the new target is external, approve the partner in the"
                    + " policy or revert the entry.",
            List.of("DESIGN §10 (quarterly review)", "DESIGN §8 approvedPartners"));

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
        Optional<Entry> before = context.neighbourhood().previous(entry);
        if (before.isEmpty()) {
            return;
        }
        Entry old = before.get();
        if (Objects.equals(old.target(), entry.target()) && Objects.equals(old.port(), entry.port())) {
            return;
        }
        Optional<String> external = Routing.externalTarget(entry, context);
        String snapshot = context.neighbourhood().previousSnapshot().orElse("the previous snapshot");
        sink.report(() -> new Evidence(external.isPresent() ? Severity.HIGH : Severity.MEDIUM,
                EvidenceText.key(entry) + " " + (entry.protocol() == null ? "" : entry.protocol() + " ")
                        + "now routes to " + EvidenceText.target(entry) + "; in " + snapshot + " it routed to "
                        + EvidenceText.target(old)
                        + external.map(r -> ". The new target is in " + r + ", outside your domains and approved partners")
                        .orElse(""),
                EvidenceText.detail(entry, "previous target", EvidenceText.target(old), "previous snapshot", snapshot,
                        "external", external.orElse("no")),
                old.id()));
    }
}
