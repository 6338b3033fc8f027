package org.auditbench.model;

/** The entry fields a finding is shown with, so listings need no second lookup. */
public record FindingSubject(
        String sourceName,
        String key,
        String domain,
        String protocol,
        String target,
        Integer port,
        String layer,
        String owner,
        String environment,
        String sourceRow) {
}
