package org.auditbench.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * One configuration row in canonical form (DESIGN §4), with the facts derived from its names.
 *
 * @param target      normalised host or address the entry routes to (templates kept as written)
 * @param targetRaw   the target exactly as the source wrote it, when that differs (URL, host:port)
 * @param extra       every source column not mapped to a canonical field, verbatim, in the source's order
 * @param sourceRow   where in the source this came from (row number, file, record locator)
 */
public record Entry(
        long id,
        long snapshotId,
        String sourceRow,
        String domain,
        KeyKind keyKind,
        String address,
        String protocol,
        String target,
        String targetRaw,
        TargetKind targetKind,
        Integer port,
        String encryption,
        String username,
        String owner,
        String justification,
        LocalDate created,
        LocalDate expires,
        LocalDate reviewed,
        String environment,
        String layer,
        Map<String, String> extra,
        NameFacts domainFacts,
        NameFacts targetFacts) {

    public Entry {
        extra = extra == null ? Map.of() : OrderedMap.copyOf(extra);
        domainFacts = domainFacts == null ? NameFacts.NONE : domainFacts;
        targetFacts = targetFacts == null ? NameFacts.NONE : targetFacts;
    }

    /** The key as a person would write it: the address when the source gave one, else the domain. */
    public String key() {
        return address != null ? address : domain;
    }

    public boolean isProduction() {
        return environment != null && (environment.equals("prod") || environment.equals("production")
                || environment.equals("prd") || environment.equals("live"));
    }

    public Entry withIds(long newId, long newSnapshotId) {
        return new Entry(newId, newSnapshotId, sourceRow, domain, keyKind, address, protocol, target, targetRaw,
                targetKind, port, encryption, username, owner, justification, created, expires, reviewed,
                environment, layer, extra, domainFacts, targetFacts);
    }
}
