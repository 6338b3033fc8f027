package org.auditbench.rules.api;

import java.util.function.Supplier;

/**
 * Where a rule reports what it found; a rule may report nothing, once, or several times per entry.
 *
 * <p>A rule hands over how to write its evidence, not the text itself: the engine asks for the text once the
 * rule's {@code check} has returned. So a rule's decision, which runs for every entry, stays small, and the
 * sentence building, which runs only for findings, is a method of its own. At a million entries this matters
 * for the first scan of a fresh JVM: with the text built inside {@code check}, the JIT compiled every rule's
 * wording, string concatenation and redaction into its {@code check} (40-77 kB of machine code per rule), and
 * that compiling took a third of the scan's CPU.
 */
@FunctionalInterface
public interface FindingSink {
    void report(Supplier<Evidence> evidence);
}
