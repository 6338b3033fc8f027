package org.auditbench.rules.api;

/** Where a rule reports what it found; a rule may report nothing, once, or several times per entry. */
@FunctionalInterface
public interface FindingSink {
    void report(Evidence evidence);
}
