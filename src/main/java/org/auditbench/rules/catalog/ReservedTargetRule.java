package org.auditbench.rules.catalog;

import java.util.List;
import java.util.Optional;
import org.auditbench.model.TargetKind;
import org.auditbench.names.ReservedName;
import org.auditbench.names.ReservedNames;
import org.auditbench.names.SpecialAddressBlock;
import org.auditbench.names.SpecialAddresses;
import org.auditbench.model.Entry;
import org.auditbench.model.Severity;
import org.auditbench.rules.api.Evidence;
import org.auditbench.rules.api.FindingSink;
import org.auditbench.rules.api.Rule;
import org.auditbench.rules.api.RuleContext;
import org.auditbench.rules.api.RuleMetadata;

/** A target that can never be a real server for the users: a reserved name or a special-purpose address. */
public final class ReservedTargetRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "reserved-target",
            "Entries route only to real, reachable hosts",
            Severity.HIGH,
            "A target such as mail.example.com, 192.0.2.15, 127.0.0.1 or 2001:db8::25 is a documentation, loopback"
                    + " or otherwise special-purpose name or address. Clients that follow the entry either fail, or"
                    + " connect to whatever happens to answer there (their own machine, a lab network), and send"
                    + " their credentials to it.",
            "Replace the target with the real server's name. If the entry was a placeholder during a cutover,"
                    + " finish the cutover or remove the entry.",
            List.of("RFC 2606", "RFC 6761", "RFC 5737", "RFC 3849", "RFC 9637", "RFC 6890",
                    "IANA IPv4/IPv6 Special-Purpose Address Registries"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Entry entry, RuleContext context, FindingSink sink) {
        if (entry.targetKind() == TargetKind.IPV4 || entry.targetKind() == TargetKind.IPV6) {
            Optional<SpecialAddressBlock> block = SpecialAddresses.builtIn().match(entry.target());
            if (block.isEmpty() || !block.get().notGloballyReachable()) {
                return;
            }
            SpecialAddressBlock b = block.get();
            Severity severity = b.isPrivateUse() ? Severity.MEDIUM : Severity.HIGH;
            String why = b.isPrivateUse() ? "reachable only inside one private network"
                    : "not reachable on the internet";
            sink.report(() -> Evidence.of(severity,
                    EvidenceText.key(entry) + " routes " + protocol(entry) + "to " + EvidenceText.target(entry)
                            + ", an address in " + b.block() + " (" + b.name() + ", " + b.reference() + "), " + why,
                    EvidenceText.detail(entry, "special-purpose block", b.block() + " " + b.name(),
                            "globally reachable", "false")));
            return;
        }
        String reserved = entry.targetFacts().reserved();
        if (reserved == null || reserved.equals(entry.domainFacts().reserved())) {
            return; // a reserved domain routing inside itself is reserved-domain's finding
        }
        ReservedName name = ReservedNames.builtIn().match(reserved).orElseThrow();
        boolean privateUse = reserved.equals("internal") || reserved.equals("home.arpa");
        sink.report(() -> Evidence.of(privateUse ? Severity.MEDIUM : Severity.HIGH,
                EvidenceText.key(entry) + " routes " + protocol(entry) + "to " + EvidenceText.target(entry)
                        + ", which lies in " + reserved + " (" + name.reference() + ": " + name.purpose() + ")"
                        + (privateUse ? " and resolves only inside one private network" : " and is no real server"),
                EvidenceText.detail(entry, "reserved target", reserved + " (" + name.reference() + ")")));
    }

    private static String protocol(Entry entry) {
        return entry.protocol() == null ? "" : entry.protocol() + " ";
    }
}
