package org.auditbench.rules.catalog;

import org.auditbench.model.Entry;
import org.auditbench.names.Redactor;

/** Shared wording for evidence, so every rule describes an entry the same way. */
final class EvidenceText {

    private EvidenceText() {
    }

    /** {@code host:port} as a person would write it, or {@code (no target)}. */
    static String target(Entry e) {
        if (e.target() == null) {
            return "(no target)";
        }
        String host = e.target().indexOf(':') >= 0 ? "[" + e.target() + "]" : e.target();
        return e.port() == null ? host : host + ":" + e.port();
    }

    /** What the entry does, e.g. {@code the fixed-layer imap entry}. */
    static String entryKind(Entry e) {
        StringBuilder out = new StringBuilder("this");
        if (e.layer() != null) {
            out.append(' ').append(e.layer()).append("-layer");
        }
        if (e.protocol() != null) {
            out.append(' ').append(e.protocol());
        }
        return out.append(" entry").toString();
    }

    /**
     * The facts behind a finding as {@code name=value; ...}: where the entry came from, then the rule's own
     * facts. The entry's key, protocol, target and layer are not repeated: every finding is stored and shown
     * with its entry.
     */
    static String detail(Entry e, String... facts) {
        StringBuilder out = new StringBuilder();
        append(out, "source", e.sourceRow());
        for (int i = 0; i + 1 < facts.length; i += 2) {
            append(out, facts[i], facts[i + 1]);
        }
        return out.toString();
    }

    /** Free text as evidence: credentials redacted, shortened to one readable line, in quotes. */
    static String quote(String text) {
        if (text == null) {
            return "(blank)";
        }
        String clean = Redactor.redact(text).replace('\n', ' ').replace('\r', ' ').strip();
        return "\"" + (clean.length() <= 100 ? clean : clean.substring(0, 99) + "…") + "\"";
    }

    /** How the entry names its key in a sentence: the address, the domain, or "the pattern ...". */
    static String key(Entry e) {
        return e.keyKind().isPattern() ? "the pattern " + e.domain() : e.key();
    }

    private static void append(StringBuilder out, String name, String value) {
        if (value == null) {
            return;
        }
        if (out.length() > 0) {
            out.append("; ");
        }
        out.append(name).append('=').append(value);
    }
}
