package org.auditbench.importer;

import org.auditbench.model.Entry;
import org.auditbench.model.Reject;

/** What one source record became: an entry, or a reject with its reason. Exactly one is set. */
public record MappedRow(Entry entry, Reject reject) {

    static MappedRow of(Entry entry) {
        return new MappedRow(entry, null);
    }

    static MappedRow rejected(Reject reject) {
        return new MappedRow(null, reject);
    }

    public boolean isRejected() {
        return reject != null;
    }
}
