package org.auditbench.model;

import java.time.LocalDate;

/** An external organisation the policy allows routing to, until its approval expires. */
public record ApprovedPartner(String domain, String justification, String approver, LocalDate expires) {

    public boolean activeOn(LocalDate day) {
        return expires == null || !expires.isBefore(day);
    }
}
