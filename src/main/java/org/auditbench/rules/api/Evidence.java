package org.auditbench.rules.api;

import org.auditbench.model.Severity;

/**
 * What a rule reports when it fires on an entry.
 *
 * @param severity       how bad this instance is (rules may grade by environment or target)
 * @param message        one sentence a reviewer understands without the rule catalogue
 * @param detail         the facts behind it, {@code name=value; ...}, for the evidence column
 * @param relatedEntryId the other entry when the finding is about a pair, else null
 */
public record Evidence(Severity severity, String message, String detail, Long relatedEntryId) {

    public static Evidence of(Severity severity, String message, String detail) {
        return new Evidence(severity, message, detail, null);
    }
}
