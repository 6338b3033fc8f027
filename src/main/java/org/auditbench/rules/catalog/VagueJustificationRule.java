package org.auditbench.rules.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.auditbench.model.Entry;
import org.auditbench.model.Severity;
import org.auditbench.rules.api.Evidence;
import org.auditbench.rules.api.FindingSink;
import org.auditbench.rules.api.Rule;
import org.auditbench.rules.api.RuleContext;
import org.auditbench.rules.api.RuleMetadata;

/** A justification that is a stock phrase, or too thin to explain anything. */
public final class VagueJustificationRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "vague-justification",
            "Justifications explain the entry to someone who was not there",
            Severity.LOW,
            "\"legacy\", \"needed\" or \"test\" records that someone typed something, not why the entry exists."
                    + " A reviewer cannot check such an entry against anything, so it survives every review.",
            "Rewrite the justification: what the entry is for, who asked for it, and the ticket or contract that"
                    + " approved it.",
            List.of("DESIGN §8 vagueJustifications"));

    /** A ticket or change reference explains the entry by pointing at the record that does. */
    private static final Pattern TICKET = Pattern.compile("\\b[A-Za-z][A-Za-z0-9]*-\\d+\\b|#\\d{2,}"
            + "|\\b(?:INC|CHG|RITM|REQ|CR|SR|PRJ)\\d{3,}\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{2,}");
    /** Words that carry no reason on their own. */
    private static final Set<String> FILLER = Set.of("a", "an", "the", "to", "for", "of", "and", "or", "in", "on",
            "at", "by", "per", "as", "is", "it", "this", "that", "with", "from", "be", "was", "are", "account",
            "entry", "entries", "mail", "email", "setting", "settings", "config", "configuration", "stuff", "thing",
            "things", "use", "used", "only", "still", "old", "new", "do", "not", "remove", "keep");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Entry entry, RuleContext context, FindingSink sink) {
        String text = entry.justification();
        if (text == null || text.isBlank()) {
            return; // missing-justification reports blanks
        }
        String why = context.remember("vague-justification", text, t -> verdict(t, context.policy().vagueJustifications()));
        if (why.isEmpty()) {
            return;
        }
        sink.report(() -> Evidence.of(Severity.LOW, "the justification of " + EvidenceText.key(entry) + " " + why,
                EvidenceText.detail(entry, "justification", EvidenceText.quote(text), "owner", entry.owner())));
    }

    /** Why {@code text} explains nothing, or "" when it is fine. */
    private static String verdict(String text, List<String> vague) {
        String normalised = normalise(text);
        if (vague.contains(normalised)) {
            return "is the stock phrase " + EvidenceText.quote(text);
        }
        if (!TICKET.matcher(text).find() && meaningfulWords(normalised, vague) < 2) {
            return EvidenceText.quote(text) + " is too short to explain anything and names no ticket";
        }
        return "";
    }

    private static String normalise(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        while (!lower.isEmpty() && ".!,;:".indexOf(lower.charAt(lower.length() - 1)) >= 0) {
            lower = lower.substring(0, lower.length() - 1).strip();
        }
        return lower;
    }

    private static int meaningfulWords(String normalised, List<String> vague) {
        int count = 0;
        Matcher m = WORD.matcher(normalised);
        while (m.find()) {
            String word = m.group();
            if (!FILLER.contains(word) && !vague.contains(word)) {
                count++;
            }
        }
        return count;
    }
}
