package org.auditbench.triage;

import java.util.Locale;

/** How an entry differs between two snapshots of one source. */
public enum ChangeKind {
    ADDED, REMOVED, CHANGED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
