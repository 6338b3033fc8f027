package org.auditbench.workspace;

/**
 * An entry in the form a snapshot stores it ({@link EntryEncoder}): its own columns as the texts bound, and the number
 * of its shape. Made on the thread that maps the source, so the writing thread only binds.
 */
public final class EncodedEntry {

    final String sourceRow;
    final String domain;
    final String address;
    final String justification;
    final String created;
    final String expires;
    final String reviewed;
    final String extra;
    final String domainFacts;
    final long shape;
    /** The shape's columns when this entry is the first with that number (the writer stores them), else null. */
    final EntryShapes.Shape newShape;

    EncodedEntry(String sourceRow, String domain, String address, String justification, String created, String expires,
                 String reviewed, String extra, String domainFacts, long shape, EntryShapes.Shape newShape) {
        this.sourceRow = sourceRow;
        this.domain = domain;
        this.address = address;
        this.justification = justification;
        this.created = created;
        this.expires = expires;
        this.reviewed = reviewed;
        this.extra = extra;
        this.domainFacts = domainFacts;
        this.shape = shape;
        this.newShape = newShape;
    }

    /** Where in the source the entry came from, for error messages. */
    public String sourceRow() {
        return sourceRow;
    }
}
