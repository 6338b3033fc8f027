package org.auditbench.rules.catalog;

import java.util.List;
import org.auditbench.model.Entry;
import org.auditbench.model.Severity;
import org.auditbench.rules.api.Evidence;
import org.auditbench.rules.api.FindingSink;
import org.auditbench.rules.api.Rule;
import org.auditbench.rules.api.RuleContext;
import org.auditbench.rules.api.RuleMetadata;

/** An entry with no expiry date: approved forever by default. */
public final class MissingExpiryRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "missing-expiry",
            "Every entry has an expiry date",
            Severity.MEDIUM,
            "Without an expiry an entry never comes up for decision: the incident entry routed example.com to a"
                    + " third party for five years because nothing ever asked whether it was still needed.",
            "Give the entry an expiry date agreed with its owner (at most a year or two ahead).",
            List.of("DESIGN §1", "Outlook autodiscover example.com incident (2020-2025)"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Entry entry, RuleContext context, FindingSink sink) {
        if (entry.expires() != null) {
            return;
        }
        sink.report(() -> Evidence.of(Severity.MEDIUM,
                EvidenceText.key(entry) + " has no expiry date, so it never comes up for renewal",
                EvidenceText.detail(entry, "owner", entry.owner())));
    }
}
