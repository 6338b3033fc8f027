package org.auditbench.rules.catalog;

import java.util.List;
import org.auditbench.model.Entry;
import org.auditbench.model.Severity;
import org.auditbench.rules.api.Evidence;
import org.auditbench.rules.api.FindingSink;
import org.auditbench.rules.api.Rule;
import org.auditbench.rules.api.RuleContext;
import org.auditbench.rules.api.RuleMetadata;

/** An entry whose expiry date has passed. */
public final class ExpiredRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "expired",
            "No entry outlives its expiry date",
            Severity.HIGH,
            "An expiry date is the promise under which the entry was approved. Past it, nobody has confirmed the"
                    + " entry is still wanted, yet it keeps routing users' mail and credentials.",
            "Remove the entry, or have its owner renew it with a new expiry date and a current justification.",
            List.of("DESIGN §8 reviewDate", "ISO/IEC 27001:2022 A.5.18 (access rights review)"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Entry entry, RuleContext context, FindingSink sink) {
        if (entry.expires() == null || !entry.expires().isBefore(context.reviewDate())) {
            return;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(entry.expires(), context.reviewDate());
        sink.report(() -> Evidence.of(Severity.HIGH,
                EvidenceText.key(entry) + " expired on " + entry.expires() + ", " + days + " day" + (days == 1 ? "" : "s")
                        + " before the review date " + context.reviewDate(),
                EvidenceText.detail(entry, "expires", entry.expires().toString(), "review date",
                        context.reviewDate().toString(), "owner", entry.owner())));
    }
}
