package org.auditbench.rules.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.auditbench.model.Entry;
import org.auditbench.model.Severity;
import org.auditbench.rules.api.Evidence;
import org.auditbench.rules.api.FindingSink;
import org.auditbench.rules.api.Rule;
import org.auditbench.rules.api.RuleContext;
import org.auditbench.rules.api.RuleMetadata;

/** Free text promises the entry is temporary, with an end date that has passed. */
public final class TemporaryPastDateRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "temporary-past-date",
            "Temporary entries are gone by the date they promised",
            Severity.HIGH,
            "\"Temporary until the migration, remove after Q2 2024\" is how permanent misconfigurations start:"
                    + " the expiry field says nothing, the promise sits in a note, and nobody reads the note again."
                    + " Once the date has passed, the entry is routing on an approval that has run out.",
            "Remove the entry, or replace the note by a real expiry date and a current justification.",
            List.of("DESIGN §9"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Entry entry, RuleContext context, FindingSink sink) {
        String field = "justification";
        Optional<TemporaryNotes.Deadline> deadline = deadline(entry.justification(), context);
        for (Map.Entry<String, String> extra : entry.extra().entrySet()) {
            Optional<TemporaryNotes.Deadline> other = deadline(extra.getValue(), context);
            if (other.isPresent() && (deadline.isEmpty() || other.get().date().isAfter(deadline.get().date()))) {
                deadline = other;
                field = extra.getKey();
            }
        }
        if (deadline.isEmpty() || !deadline.get().date().isBefore(context.reviewDate())) {
            return;
        }
        TemporaryNotes.Deadline d = deadline.get();
        String where = field;
        sink.report(() -> Evidence.of(Severity.HIGH,
                "the " + where + " of " + EvidenceText.key(entry) + " says " + EvidenceText.quote(d.phrase())
                        + ", which ended on " + d.date() + ", before the review date " + context.reviewDate(),
                EvidenceText.detail(entry, "field", where, "promised end", d.date().toString(), "owner", entry.owner())));
    }

    private static Optional<TemporaryNotes.Deadline> deadline(String text, RuleContext context) {
        return text == null ? Optional.empty() : context.remember("temporary-past-date", text, TemporaryNotes::find);
    }
}
