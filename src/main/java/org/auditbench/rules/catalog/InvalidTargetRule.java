package org.auditbench.rules.catalog;

import java.util.ArrayList;
import java.util.List;
import org.auditbench.model.NameFacts;
import org.auditbench.model.TargetKind;
import org.auditbench.names.HostNames;
import org.auditbench.model.Entry;
import org.auditbench.model.Severity;
import org.auditbench.rules.api.Evidence;
import org.auditbench.rules.api.FindingSink;
import org.auditbench.rules.api.Rule;
import org.auditbench.rules.api.RuleContext;
import org.auditbench.rules.api.RuleMetadata;

/** A target no client can connect to: a malformed host, an unknown top-level domain, an impossible port. */
public final class InvalidTargetRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "invalid-target",
            "Every target is a valid host name or address with a valid port",
            Severity.MEDIUM,
            "A malformed host (mail..contoso.com), a top-level domain that does not exist (.corpx) or a port"
                    + " outside 1-65535 makes every client that receives the entry fail. A name under a top-level"
                    + " domain that does not exist yet can also be registered by someone else once it does.",
            "Correct the host name or port; if the entry is no longer used, remove it.",
            List.of("RFC 1035 section 2.3.1", "RFC 1123 section 2.1", "Public Suffix List", "RFC 6335 (port numbers)"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Entry entry, RuleContext context, FindingSink sink) {
        boolean invalid = entry.targetKind() == TargetKind.INVALID;
        String nameProblem = entry.targetKind() == TargetKind.NAME || entry.targetKind() == TargetKind.TEMPLATE
                ? nameProblem(entry.targetFacts()) : "";
        boolean badPort = entry.port() != null && (entry.port() < 1 || entry.port() > 65535);
        if (!invalid && nameProblem.isEmpty() && !badPort) {
            return;
        }
        sink.report(() -> evidence(entry, invalid, nameProblem, badPort));
    }

    private static Evidence evidence(Entry entry, boolean invalid, String nameProblem, boolean badPort) {
        List<String> problems = new ArrayList<>();
        if (invalid) {
            String problem = entry.target() == null ? null : HostNames.problem(entry.target());
            problems.add("the target " + EvidenceText.quote(entry.targetRaw() != null ? entry.targetRaw() : entry.target())
                    + " is not a valid host" + (problem == null ? "" : ": " + problem));
        } else if (!nameProblem.isEmpty()) {
            problems.add(nameProblem);
        }
        if (badPort) {
            problems.add("port " + entry.port() + " is outside 1-65535");
        }
        return Evidence.of(Severity.MEDIUM, EvidenceText.key(entry) + ": " + String.join("; ", problems),
                EvidenceText.detail(entry, "target as written", entry.targetRaw() == null ? null
                        : EvidenceText.quote(entry.targetRaw())));
    }

    /** What is wrong with a target name, or "" (unresolved templates and reserved names are judged elsewhere). */
    private static String nameProblem(NameFacts target) {
        String name = target.name();
        if (name == null || target.reserved() != null) {
            return "";
        }
        String problem = HostNames.problem(name);
        if (problem != null) {
            return "the target " + name + " is not a valid host: " + problem;
        }
        if (!target.knownSuffix()) {
            int dot = name.lastIndexOf('.');
            return dot < 0 ? "the target " + name + " is a single-label name that resolves only through local"
                    + " search domains" : "the target " + name + " ends in ." + name.substring(dot + 1)
                    + ", a top-level domain the Public Suffix List does not know";
        }
        return "";
    }
}
