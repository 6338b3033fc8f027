package org.auditbench.model;

/** A source row that could not become an entry: kept with where it was, what it said and why. */
public record Reject(String locator, String raw, String reason) {
}
