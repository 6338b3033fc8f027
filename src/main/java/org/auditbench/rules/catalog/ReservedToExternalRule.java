package org.auditbench.rules.catalog;

import java.util.List;
import org.auditbench.model.ApprovedPartner;
import org.auditbench.model.Entry;
import org.auditbench.model.NameFacts;
import org.auditbench.model.Severity;
import org.auditbench.model.TargetKind;
import org.auditbench.names.HostNames;
import org.auditbench.names.SpecialAddresses;
import org.auditbench.rules.api.Evidence;
import org.auditbench.rules.api.FindingSink;
import org.auditbench.rules.api.Rule;
import org.auditbench.rules.api.RuleContext;
import org.auditbench.rules.api.RuleMetadata;

/** The incident: a reserved domain routes to a real host outside it and outside the organisation. */
public final class ReservedToExternalRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "reserved-to-external",
            "Reserved domains never route to someone else's servers",
            Severity.CRITICAL,
            "A reserved name such as example.com is what people type when they try things out. If the"
                    + " configuration routes it to a real host outside the organisation, every such attempt sends"
                    + " the user's address and password to that host. This is exactly how email@example.com was sent"
                    + " to imapgms.jnet.sei.co.jp and smtpgms.jnet.sei.co.jp, servers of an unrelated company, for"
                    + " about five years.",
            "Remove the entry now, then find out since when it existed and which clients used it; treat passwords"
                    + " sent through it as disclosed and notify the owner of the target host.",
            List.of("RFC 2606", "RFC 6761", "Outlook autodiscover example.com incident (2020-2025)"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Entry entry, RuleContext context, FindingSink sink) {
        String reserved = entry.domainFacts().reserved();
        if (reserved == null) {
            return;
        }
        NameFacts target = entry.targetFacts();
        String host = target.name();
        if (host == null) {
            return;
        }
        boolean address = entry.targetKind() == TargetKind.IPV4 || entry.targetKind() == TargetKind.IPV6;
        if (address ? !SpecialAddresses.isGloballyReachable(host)
                : target.reserved() != null || HostNames.isAtOrUnder(host, reserved) || context.isOwned(host)) {
            return;
        }
        sink.report(() -> evidence(entry, context, reserved, address));
    }

    private static Evidence evidence(Entry entry, RuleContext context, String reserved, boolean address) {
        NameFacts target = entry.targetFacts();
        String whose = address ? "a public address nobody in the policy owns"
                : target.registrable() != null ? "in " + target.registrable() + ", which is not yours"
                : "outside your domains";
        String partner = context.partnerFor(target.name()).map(ReservedToExternalRule::describe).orElse("none");
        return Evidence.of(Severity.CRITICAL,
                entry.key() + " is reserved (" + reserved + " must never route anywhere), but "
                        + EvidenceText.entryKind(entry) + " sends it to " + EvidenceText.target(entry) + ", " + whose,
                EvidenceText.detail(entry, "reserved", reserved, "target registrable", target.registrable(),
                        "approved partner", partner));
    }

    private static String describe(ApprovedPartner partner) {
        return partner.domain() + (partner.expires() == null ? "" : " until " + partner.expires())
                + " (a partner approval does not make a reserved name routable)";
    }
}
