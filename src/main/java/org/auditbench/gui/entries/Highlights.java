package org.auditbench.gui.entries;

import java.util.Optional;
import org.auditbench.names.ReservedName;
import org.auditbench.names.ReservedNames;
import org.auditbench.workspace.EntrySummary;

/**
 * Which entries the tree marks as dangerous routing, and the one sentence that explains why:
 * the incident class (a reserved domain routed elsewhere), reserved domains, and external routing.
 */
public final class Highlights {

    public static final String RESERVED_TO_EXTERNAL = "reserved-to-external";
    public static final String RESERVED_DOMAIN = "reserved-domain";
    public static final String EXTERNAL_ROUTING = "external-routing";

    /** The kind of highlight, worst first. */
    public enum Kind { RESERVED_TO_EXTERNAL, RESERVED, EXTERNAL }

    private Highlights() {
    }

    public static Optional<Kind> kind(EntrySummary e) {
        if (e.rules().contains(RESERVED_TO_EXTERNAL)) {
            return Optional.of(Kind.RESERVED_TO_EXTERNAL);
        }
        if (e.rules().contains(RESERVED_DOMAIN)) {
            return Optional.of(Kind.RESERVED);
        }
        if (e.rules().contains(EXTERNAL_ROUTING)) {
            return Optional.of(Kind.EXTERNAL);
        }
        return Optional.empty();
    }

    /** One sentence for the tooltip, e.g. "example.com is reserved by RFC 6761 (...); this entry routes it to sei.co.jp, which is not yours." */
    public static Optional<String> explain(EntrySummary e) {
        return kind(e).map(kind -> switch (kind) {
            case RESERVED_TO_EXTERNAL -> reservedBy(e) + "; this entry routes it to " + targetDomain(e)
                    + ", which is not yours.";
            case RESERVED -> reservedBy(e) + "; no configuration should answer for it.";
            case EXTERNAL -> "This entry routes " + e.domain() + " to " + targetDomain(e)
                    + ", which is neither " + (e.domainRegistrable() == null ? "its own domain" : e.domainRegistrable())
                    + " nor yours nor an approved partner.";
        });
    }

    private static String reservedBy(EntrySummary e) {
        String reserved = e.domainReserved() == null ? e.domain() : e.domainReserved();
        Optional<ReservedName> name = ReservedNames.builtIn().match(reserved);
        return reserved + " is reserved" + name.map(n -> " by " + n.reference() + " for " + n.purpose()).orElse("");
    }

    private static String targetDomain(EntrySummary e) {
        return e.targetRegistrable() != null ? e.targetRegistrable() : e.target() == null ? "(no target)" : e.target();
    }
}
