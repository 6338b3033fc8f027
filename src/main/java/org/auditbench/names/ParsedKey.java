package org.auditbench.names;

import org.auditbench.model.KeyKind;

/**
 * An entry key once read: the normalised domain (or pattern), the address it came from, how it matches.
 *
 * @param fixedPart the literal domain a pattern is anchored to ({@code *.contoso.com} → {@code contoso.com}),
 *                  the domain itself for exact keys, or null when the pattern has no fixed part ({@code *})
 */
public record ParsedKey(String domain, String address, KeyKind kind, String fixedPart) {
}
