package org.auditbench.rules.catalog;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.auditbench.model.KeyKind;
import org.auditbench.names.HostNames;
import org.auditbench.names.PublicSuffixes;
import org.auditbench.names.ReservedName;
import org.auditbench.names.ReservedNames;
import org.auditbench.model.Entry;
import org.auditbench.model.Severity;
import org.auditbench.rules.api.Evidence;
import org.auditbench.rules.api.FindingSink;
import org.auditbench.rules.api.Rule;
import org.auditbench.rules.api.RuleContext;
import org.auditbench.rules.api.RuleMetadata;

/** A wildcard, LIKE or regex key that answers for far more than one organisation's names. */
public final class OverbroadPatternRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "overbroad-pattern",
            "Pattern keys cover only names the organisation controls",
            Severity.HIGH,
            "A pattern such as *.co.jp, %.com or * answers for every domain under a public suffix, or for"
                    + " everything, including reserved names like example.com that people type when trying things"
                    + " out. Whatever the pattern routes to receives the mail settings, and then the passwords, of"
                    + " users who never had anything to do with it.",
            "Replace the pattern with the exact domains it is meant for, or anchor it to a registrable domain you"
                    + " control (*.contoso.com, ^mail\\..*\\.contoso\\.com$).",
            List.of("Public Suffix List", "RFC 6761", "Outlook autodiscover example.com incident (2020-2025)"));

    /** Names no legitimate pattern of one organisation should match. */
    private static final List<String> UNRELATED_PROBES = List.of("auditbench-probe-q7.com", "auditbench-probe-q7.net",
            "auditbench-probe-q7.co.jp", "auditbench-probe-q7.de");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Entry entry, RuleContext context, FindingSink sink) {
        if (!entry.keyKind().isPattern()) {
            return;
        }
        String problem = context.remember("overbroad-pattern", entry.keyKind().id() + " " + entry.domain(),
                k -> entry.keyKind() == KeyKind.REGEX ? orEmpty(regexProblem(entry.domain())) : orEmpty(patternProblem(entry)));
        if (!problem.isEmpty()) {
            sink.report(() -> Evidence.of(Severity.HIGH,
                    "the " + entry.keyKind().id() + " key " + entry.domain() + " " + problem
                            + "; whatever it routes to answers for all of them",
                    EvidenceText.detail(entry, "key kind", entry.keyKind().id(), "fixed part",
                            entry.domainFacts().name())));
        }
    }

    private static String patternProblem(Entry entry) {
        String fixed = entry.domainFacts().name();
        if (fixed == null) {
            return "matches every name";
        }
        if (PublicSuffixes.isPublicSuffix(fixed)) {
            return "matches every domain under the public suffix ." + fixed;
        }
        if (entry.domainFacts().reserved() != null) {
            return "matches names in the reserved domain " + entry.domainFacts().reserved();
        }
        Optional<ReservedName> covered = reservedUnder(fixed);
        return covered.map(r -> "matches the reserved name " + r.name() + " (" + r.reference() + ")").orElse(null);
    }

    /** Regexes are judged by what they match: unrelated names anywhere, or a reserved name. */
    private static String regexProblem(String regex) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            return null; // the importer refuses invalid regexes; nothing to judge
        }
        for (String probe : UNRELATED_PROBES) {
            if (pattern.matcher(probe).find()) {
                return "matches unrelated names such as " + probe;
            }
        }
        for (ReservedName reserved : ReservedNames.builtIn().all()) {
            for (String probe : new String[] {reserved.name(), "mail." + reserved.name(), "email@" + reserved.name()}) {
                if (pattern.matcher(probe).find()) {
                    return "matches the reserved name " + probe + " (" + reserved.reference() + ")";
                }
            }
        }
        return null;
    }

    /** A reserved name lying under the pattern's fixed part ({@code %.arpa} covers {@code home.arpa}). */
    private static Optional<ReservedName> reservedUnder(String fixed) {
        return ReservedNames.builtIn().all().stream()
                .filter(r -> !r.name().equals(fixed) && HostNames.isAtOrUnder(r.name(), fixed))
                .min((a, b) -> a.name().compareTo(b.name()));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
