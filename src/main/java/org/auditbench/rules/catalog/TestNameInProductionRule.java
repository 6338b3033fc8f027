package org.auditbench.rules.catalog;

import java.util.List;
import java.util.Optional;
import org.auditbench.model.Entry;
import org.auditbench.model.Severity;
import org.auditbench.rules.api.Evidence;
import org.auditbench.rules.api.FindingSink;
import org.auditbench.rules.api.Rule;
import org.auditbench.rules.api.RuleContext;
import org.auditbench.rules.api.RuleMetadata;

/** A production entry whose domain or target is named like a test, staging or development system. */
public final class TestNameInProductionRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "test-name-in-production",
            "Production entries name no test, staging or development systems",
            Severity.MEDIUM,
            "Test and staging systems have weaker controls, shared passwords and short lives. A production entry"
                    + " that answers for a test domain, or sends production users to a test server, mixes the two:"
                    + " real credentials reach a system nobody guards, or a forgotten test setup answers real users.",
            "Move the entry to the environment it belongs to, or point it at the production server. If the name is"
                    + " a real production name that only looks like a test one, record that as a false positive.",
            List.of("DESIGN §9 testMarkers", "ISO/IEC 27001:2022 A.8.31 (separation of environments)"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Entry entry, RuleContext context, FindingSink sink) {
        if (entry.environment() != null && !entry.isProduction()) {
            return;
        }
        List<String> markers = context.policy().testMarkers();
        Optional<String> inDomain = NameLabels.firstPartIn(entry.domainFacts(), markers);
        Optional<String> inTarget = NameLabels.firstPartIn(entry.targetFacts(), markers);
        if (inDomain.isEmpty() && inTarget.isEmpty()) {
            return;
        }
        sink.report(() -> Evidence.of(Severity.MEDIUM,
                "production entry for " + EvidenceText.key(entry) + ": " + markedParts(entry, inDomain, inTarget),
                EvidenceText.detail(entry, "marker", inDomain.orElse(inTarget.orElse(null)))));
    }

    private static String markedParts(Entry entry, Optional<String> inDomain, Optional<String> inTarget) {
        String what = inDomain.isPresent()
                ? "the domain " + entry.domainFacts().name() + " carries the test marker '" + inDomain.get() + "'"
                : "the target " + entry.targetFacts().name() + " carries the test marker '" + inTarget.get() + "'";
        if (inDomain.isPresent() && inTarget.isPresent()) {
            what += ", and so does the target " + entry.targetFacts().name() + " ('" + inTarget.get() + "')";
        }
        return what;
    }
}
