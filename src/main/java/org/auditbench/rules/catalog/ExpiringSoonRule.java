package org.auditbench.rules.catalog;

import java.time.LocalDate;
import java.util.List;
import org.auditbench.model.Entry;
import org.auditbench.model.Severity;
import org.auditbench.rules.api.Evidence;
import org.auditbench.rules.api.FindingSink;
import org.auditbench.rules.api.Rule;
import org.auditbench.rules.api.RuleContext;
import org.auditbench.rules.api.RuleMetadata;

/** An entry that expires within the policy's warning window after the review date. */
public final class ExpiringSoonRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "expiring-soon",
            "Entries are renewed or retired before they expire",
            Severity.LOW,
            "An entry that expires before the next review will either lapse unnoticed, or keep routing after its"
                    + " approval ran out. Warning its owner now leaves time to decide.",
            "Ask the owner whether the entry is still needed: renew it with a new expiry, or plan its removal.",
            List.of("DESIGN §8 expiringSoonDays"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Entry entry, RuleContext context, FindingSink sink) {
        LocalDate review = context.reviewDate();
        int window = context.policy().expiringSoonDays();
        if (entry.expires() == null) {
            return;
        }
        long days = entry.expires().toEpochDay() - review.toEpochDay();
        if (days < 0 || days > window) {
            return;
        }
        sink.report(() -> Evidence.of(Severity.LOW,
                EvidenceText.key(entry) + " expires on " + entry.expires() + ", " + days + " day" + (days == 1 ? "" : "s")
                        + " after the review date (warning window " + window + " days)",
                EvidenceText.detail(entry, "expires", entry.expires().toString(), "review date", review.toString(),
                        "owner", entry.owner())));
    }
}
