package org.auditbench.rules.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.auditbench.model.NameFacts;
import org.auditbench.model.Entry;
import org.auditbench.model.Severity;
import org.auditbench.rules.api.Evidence;
import org.auditbench.rules.api.FindingSink;
import org.auditbench.rules.api.Rule;
import org.auditbench.rules.api.RuleContext;
import org.auditbench.rules.api.RuleMetadata;

/** A field still holds the placeholder someone meant to replace (changeme, TODO, xxx, dummy, ...). */
public final class PlaceholderValueRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "placeholder-value",
            "No field holds a placeholder value",
            Severity.MEDIUM,
            "A placeholder such as changeme, TODO or xxx shows a field that was never filled in. In a host name it"
                    + " sends users to a name anyone could register or configure; in a username or owner it hides who"
                    + " the entry serves. Either way the entry went live unfinished.",
            "Fill in the real value, or remove the entry if nobody knows what it should be.",
            List.of("DESIGN §8 placeholderValues"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Entry entry, RuleContext context, FindingSink sink) {
        List<String> placeholders = context.policy().placeholderValues();
        List<String> hits = new ArrayList<>();
        nameHit(hits, "domain", entry.domainFacts(), placeholders);
        if (entry.address() != null) {
            textHit(hits, "address", entry.address().substring(0, entry.address().indexOf('@')), placeholders);
        }
        nameHit(hits, "target", entry.targetFacts(), placeholders);
        textHit(hits, "username", entry.username(), placeholders);
        textHit(hits, "owner", entry.owner(), placeholders);
        textHit(hits, "justification", entry.justification(), placeholders);
        textHit(hits, "encryption", entry.encryption(), placeholders);
        for (Map.Entry<String, String> extra : entry.extra().entrySet()) {
            textHit(hits, extra.getKey(), extra.getValue(), placeholders);
        }
        if (hits.isEmpty()) {
            return;
        }
        sink.report(Evidence.of(Severity.MEDIUM,
                EvidenceText.key(entry) + " holds a placeholder: " + String.join(", ", hits),
                EvidenceText.detail(entry, "placeholders", String.join(", ", hits))));
    }

    /** Whole values ("TODO", "xxx", "<changeme>"), or notes that start with one and a colon ("TODO: ask customer"). */
    private static void textHit(List<String> hits, String field, String value, List<String> placeholders) {
        if (value == null || value.isBlank()) {
            return;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        v = stripBrackets(v);
        if (v.length() >= 3 && v.chars().allMatch(c -> c == 'x')) {
            hits.add(field + " " + EvidenceText.quote(value));
            return;
        }
        for (String placeholder : placeholders) {
            if (v.equals(placeholder) || (v.startsWith(placeholder) && v.length() > placeholder.length()
                    && v.charAt(placeholder.length()) == ':')) {
                hits.add(field + " " + EvidenceText.quote(value));
                return;
            }
        }
    }

    /** Host labels left of the registrable domain ({@code changeme.contoso.com}); the registrable name is the customer's own. */
    private static void nameHit(List<String> hits, String field, NameFacts facts, List<String> placeholders) {
        String name = facts.name();
        if (name == null) {
            return;
        }
        String sub = facts.registrable() == null ? name.substring(0, Math.max(0, name.lastIndexOf('.')))
                : name.length() > facts.registrable().length()
                ? name.substring(0, name.length() - facts.registrable().length() - 1) : "";
        if (sub.isEmpty()) {
            return;
        }
        for (String label : sub.split("\\.")) {
            for (String placeholder : placeholders) {
                if (label.equals(placeholder) || List.of(label.split("-")).contains(placeholder)) {
                    hits.add(field + " " + name + " (label '" + label + "')");
                    return;
                }
            }
        }
    }

    private static String stripBrackets(String v) {
        while (v.length() >= 2 && "<[{(\"'".indexOf(v.charAt(0)) >= 0 && ">]})\"'".indexOf(v.charAt(v.length() - 1)) >= 0) {
            v = v.substring(1, v.length() - 1).strip();
        }
        return v;
    }
}
