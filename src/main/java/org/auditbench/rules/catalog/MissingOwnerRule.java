package org.auditbench.rules.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.auditbench.model.Entry;
import org.auditbench.model.Severity;
import org.auditbench.rules.api.Evidence;
import org.auditbench.rules.api.FindingSink;
import org.auditbench.rules.api.Rule;
import org.auditbench.rules.api.RuleContext;
import org.auditbench.rules.api.RuleMetadata;

/** An entry nobody is named as owning. */
public final class MissingOwnerRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "missing-owner",
            "Every entry names an owner who answers for it",
            Severity.MEDIUM,
            "Every review question (is this still needed, why does it route there, may it be removed) needs"
                    + " someone to answer it. An entry without an owner stays because nobody dares remove it.",
            "Name the team or person responsible for the entry; if nobody claims it, schedule it for removal.",
            List.of("ISO/IEC 27001:2022 A.5.9 (inventory of information and assets, with owners)"));

    /** Values people write when they do not know the owner. */
    private static final Set<String> NON_ANSWERS = Set.of("unknown", "n/a", "na", "n.a.", "none", "tbd", "tba", "tbc",
            "-", "--", "?", "??", "nobody", "no owner", "not known", "unassigned", "null", "nil", "todo", "owner");

    /** The longest non-answer (with some whitespace around it); real owners are mostly longer. */
    private static final int MAX_NON_ANSWER = 16;

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Entry entry, RuleContext context, FindingSink sink) {
        String owner = entry.owner();
        boolean blank = owner == null || owner.isBlank();
        if (!blank && (owner.length() > MAX_NON_ANSWER || !NON_ANSWERS.contains(owner.strip().toLowerCase(Locale.ROOT)))) {
            return;
        }
        sink.report(() -> Evidence.of(Severity.MEDIUM, EvidenceText.key(entry) + ": " + (blank ? "no owner is recorded"
                        : "the owner is given as " + EvidenceText.quote(owner) + ", which names nobody"),
                EvidenceText.detail(entry, "owner", owner == null ? "(blank)" : EvidenceText.quote(owner))));
    }
}
