package org.auditbench.rules.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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

    /** Brackets and quotes placed around a placeholder ("<changeme>", "'TODO'"), stripped before comparing. */
    private static final String OPENING_BRACKETS = "<[{(\"'";
    private static final String CLOSING_BRACKETS = ">]})\"'";

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Entry entry, RuleContext context, FindingSink sink) {
        List<String> placeholders = context.policy().placeholderValues();
        List<Hit> hits = new ArrayList<>(0);
        nameHit(hits, "domain", entry.domainFacts(), placeholders);
        String address = entry.address();
        if (address != null) {
            textHits(hits, context, placeholders, "address", address.substring(0, address.indexOf('@')));
        }
        nameHit(hits, "target", entry.targetFacts(), placeholders);
        textHits(hits, context, placeholders, "username", entry.username(), "owner", entry.owner(), "justification",
                entry.justification(), "encryption", entry.encryption());
        for (Map.Entry<String, String> extra : entry.extra().entrySet()) {
            textHits(hits, context, placeholders, extra.getKey(), extra.getValue());
        }
        if (hits.isEmpty()) {
            return;
        }
        sink.report(() -> {
            String listed = hits.stream().map(Hit::describe).collect(Collectors.joining(", "));
            return Evidence.of(Severity.MEDIUM, EvidenceText.key(entry) + " holds a placeholder: " + listed,
                    EvidenceText.detail(entry, "placeholders", listed));
        });
    }

    /** One field holding a placeholder: a whole value, or one label of a host name ({@code label} not null). */
    private record Hit(String field, String value, String label) {
        String describe() {
            return label == null ? field + " " + EvidenceText.quote(value)
                    : field + " " + value + " (label '" + label + "')";
        }
    }

    /**
     * Whole values ("TODO", "xxx", "<changeme>"), or notes that start with one and a colon ("TODO: ask customer"),
     * among {@code fieldsAndValues} (name, value, name, value, ...). One loop rather than a call per field, so the
     * JIT compiles the check into this rule once; the few values that start like a placeholder are judged through
     * the memo, so that judgement is compiled once on its own.
     */
    private static void textHits(List<Hit> hits, RuleContext context, List<String> placeholders,
                                 String... fieldsAndValues) {
        for (int i = 0; i + 1 < fieldsAndValues.length; i += 2) {
            String value = fieldsAndValues[i + 1];
            if (value != null && startsLikePlaceholder(value, placeholders)
                    && context.remember("placeholder-value:text", value, v -> isPlaceholder(v, placeholders))) {
                hits.add(new Hit(fieldsAndValues[i], value, null));
            }
        }
    }

    /**
     * Whether a placeholder or an x could begin the value once leading blanks, brackets and quotes are skipped:
     * {@link #isPlaceholder} can only say yes then. Allocates nothing, and rejects almost every value at its
     * first letters; it runs for several fields of every entry.
     */
    private static boolean startsLikePlaceholder(String value, List<String> placeholders) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 'x' || c == 'X') {
                return true;
            }
            for (String placeholder : placeholders) {
                if (startsWithLowerCase(value, i, placeholder)) {
                    return true;
                }
            }
            if (!Character.isWhitespace(c) && OPENING_BRACKETS.indexOf(c) < 0) {
                return false;
            }
        }
        return false;
    }

    /** Whether {@code value} holds {@code placeholder} (lower case, as the policy lists them) at {@code from}, in any case. */
    private static boolean startsWithLowerCase(String value, int from, String placeholder) {
        if (from + placeholder.length() > value.length()) {
            return false;
        }
        for (int k = 0; k < placeholder.length(); k++) {
            if (Character.toLowerCase(value.charAt(from + k)) != placeholder.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlaceholder(String value, List<String> placeholders) {
        if (value.isBlank()) {
            return false;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        v = stripBrackets(v);
        if (v.length() >= 3 && v.replace("x", "").isEmpty()) {
            return true;
        }
        for (String placeholder : placeholders) {
            if (v.equals(placeholder) || (v.startsWith(placeholder) && v.length() > placeholder.length()
                    && v.charAt(placeholder.length()) == ':')) {
                return true;
            }
        }
        return false;
    }

    /** Host labels left of the registrable domain ({@code changeme.contoso.com}); the registrable name is the customer's own. */
    private static void nameHit(List<Hit> hits, String field, NameFacts facts, List<String> placeholders) {
        if (facts.name() == null) {
            return;
        }
        String label = placeholderLabel(facts, placeholders);
        if (label != null) {
            hits.add(new Hit(field, facts.name(), label));
        }
    }

    /**
     * The label left of the registrable domain that is a placeholder, or holds one as a hyphen-separated piece,
     * or null. Compared in place, each label and piece once against the placeholders of its length: this runs
     * for every entry.
     */
    private static String placeholderLabel(NameFacts facts, List<String> placeholders) {
        String name = facts.name();
        int subLength = facts.registrable() == null ? Math.max(0, name.lastIndexOf('.'))
                : Math.max(0, name.length() - facts.registrable().length() - 1);
        int labelStart = 0;
        int pieceStart = 0;
        boolean pieceMatched = false;
        for (int i = 0; subLength > 0 && i <= subLength; i++) {
            char c = i == subLength ? '.' : name.charAt(i);
            if (c != '-' && c != '.') {
                continue;
            }
            pieceMatched |= isPlaceholderAt(name, pieceStart, i, placeholders);
            pieceStart = i + 1;
            if (c == '.') {
                if (pieceMatched || isPlaceholderAt(name, labelStart, i, placeholders)) {
                    return name.substring(labelStart, i);
                }
                labelStart = i + 1;
            }
        }
        return null;
    }

    private static boolean isPlaceholderAt(String name, int start, int end, List<String> placeholders) {
        int length = end - start;
        for (String placeholder : placeholders) {
            if (placeholder.length() == length && name.regionMatches(start, placeholder, 0, length)) {
                return true;
            }
        }
        return false;
    }

    private static String stripBrackets(String v) {
        while (v.length() >= 2 && OPENING_BRACKETS.indexOf(v.charAt(0)) >= 0
                && CLOSING_BRACKETS.indexOf(v.charAt(v.length() - 1)) >= 0) {
            v = v.substring(1, v.length() - 1).strip();
        }
        return v;
    }
}
