package org.auditbench.rules.catalog;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.auditbench.model.Entry;
import org.auditbench.model.Severity;
import org.auditbench.rules.api.Evidence;
import org.auditbench.rules.api.FindingSink;
import org.auditbench.rules.api.Rule;
import org.auditbench.rules.api.RuleContext;
import org.auditbench.rules.api.RuleMetadata;

/**
 * An entry nobody has created or reviewed within the policy's retention period: the later of its created and
 * reviewed dates lies {@code retentionDays} or more before the review date (with a review date of 2026-12-31
 * and 365 days, an entry last touched before 2026-01-01 is stale, as the demo policy states).
 */
public final class StaleEntryRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "stale-entry",
            "Every entry has been created or reviewed within the retention period",
            Severity.LOW,
            "Configuration that nobody has looked at for longer than the retention period describes a world that"
                    + " may no longer exist: customers who left, servers that were renamed, partners whose contracts"
                    + " ended.",
            "Have the owner review the entry and record the review date, or remove it.",
            List.of("DESIGN §8 retentionDays", "ISO/IEC 27001:2022 A.5.18 (access rights review)"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Entry entry, RuleContext context, FindingSink sink) {
        LocalDate lastTouched = later(entry.created(), entry.reviewed());
        LocalDate review = context.reviewDate();
        int retention = context.policy().retentionDays();
        if (lastTouched != null && lastTouched.isAfter(review.minusDays(retention))) {
            return;
        }
        sink.report(() -> Evidence.of(Severity.LOW, message(entry, lastTouched, review, retention),
                EvidenceText.detail(entry, "created", str(entry.created()), "reviewed", str(entry.reviewed()),
                        "owner", entry.owner())));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static String str(LocalDate date) {
        return date == null ? "(none)" : date.toString();
    }

    private static String message(Entry entry, LocalDate lastTouched, LocalDate review, int retention) {
        if (lastTouched == null) {
            return EvidenceText.key(entry) + " has neither a created nor a reviewed date, so nobody can show it was"
                    + " ever looked at";
        }
        String what = lastTouched.equals(entry.reviewed()) ? "last reviewed" : "created, and never reviewed since,";
        return EvidenceText.key(entry) + " was " + what + " on " + lastTouched + ", "
                + ChronoUnit.DAYS.between(lastTouched, review) + " days before the review date (retention "
                + retention + " days)";
    }
}
