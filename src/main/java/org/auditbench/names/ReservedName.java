package org.auditbench.names;

/** One special-use name of the catalogue, with the document that reserves it. */
public record ReservedName(String name, String reference, String purpose) {
}
