package org.auditbench.rules.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.auditbench.model.Entry;
import org.auditbench.model.Severity;
import org.auditbench.rules.api.Evidence;
import org.auditbench.rules.api.FindingSink;
import org.auditbench.rules.api.Rule;
import org.auditbench.rules.api.RuleContext;
import org.auditbench.rules.api.RuleMetadata;

/**
 * Several layers answer the same key and protocol with different routes. Reported once, on the entry that
 * answers (the first in the policy's lookup order), naming every entry it shadows.
 */
public final class ConflictingLayersRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "conflicting-layers",
            "Each key and protocol is answered by one route, whatever the layer",
            Severity.MEDIUM,
            "Autodiscover walks its layers in order and the first answer wins. An entry in a later layer that"
                    + " routes the same key elsewhere is dead configuration that looks alive: reviewers approve it,"
                    + " owners maintain it, and the day the earlier entry is removed it silently takes over. In the"
                    + " incident the fixed layer's answer overrode everything the domain layer said.",
            "Decide which route is right. Remove the shadowed entries, or remove the answering one if the later"
                    + " layer is the intended route.",
            List.of("DESIGN §1 (autodiscover decision tree)", "DESIGN §8 layers"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public boolean needsNeighbourhood() {
        return true;
    }

    @Override
    public void check(Entry entry, RuleContext context, FindingSink sink) {
        List<Entry> siblings = context.neighbourhood().layerSiblings(entry);
        if (siblings.size() < 2 || siblings.get(0).id() != entry.id()) {
            return; // only the answering entry reports, so a conflict is one finding
        }
        List<Entry> shadowed = new ArrayList<>();
        for (Entry other : siblings.subList(1, siblings.size())) {
            if (!Objects.equals(other.layer(), entry.layer()) && !sameRoute(entry, other)) {
                shadowed.add(other);
            }
        }
        if (shadowed.isEmpty()) {
            return;
        }
        StringBuilder names = new StringBuilder();
        for (Entry other : shadowed) {
            names.append(names.length() == 0 ? "" : "; ").append(describe(other, context));
        }
        sink.report(() -> new Evidence(Severity.MEDIUM,
                EvidenceText.key(entry) + " " + (entry.protocol() == null ? "" : entry.protocol() + " ")
                        + "is answered by " + describe(entry, context) + "; it shadows " + names
                        + (shadowed.size() == 1 ? ", which never answers" : ", which never answer"),
                EvidenceText.detail(entry, "answering layer", entry.layer(), "shadowed", names.toString()),
                shadowed.get(0).id()));
    }

    private static boolean sameRoute(Entry a, Entry b) {
        return Objects.equals(a.target(), b.target()) && Objects.equals(a.port(), b.port());
    }

    private static String describe(Entry e, RuleContext context) {
        String layer = e.layer() == null ? "the entry without a layer"
                : "the " + e.layer() + " layer" + (context.isKnownLayer(e.layer()) ? "" : " (not in the policy's layers)");
        return layer + " -> " + EvidenceText.target(e) + (e.sourceRow() == null ? "" : " (" + e.sourceRow() + ")");
    }
}
