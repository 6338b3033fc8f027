package org.auditbench.workspace;

import org.auditbench.model.NameFacts;

/**
 * How an entry's name facts are stored: one text column per name, {@code domain_facts} and {@code target_facts}
 * (schema V11; before, eight columns). Four fields joined by {@code |}: the normalised name, empty when it equals
 * the domain or target it was derived from; the registrable domain, empty when it equals the name and {@code \N}
 * when there is none; the reserved name, empty when none; {@code 1} or {@code 0} for a known public suffix.
 * A {@code |} or {@code \} inside a value is written {@code \|} or {@code \\}.
 *
 * <p>The column is NULL in the common case, a name equal to its domain or target and its own registrable domain,
 * not reserved, under a known suffix (96% of domains), and empty for no facts at all. Two values instead of eight
 * per entry: an import binds six fewer values per row through JNI, and a scan's packed row carries six fewer
 * fields (issues 3 and 4).
 */
final class StoredFacts {

    private static final String NO_FACTS = "";
    private static final String NO_REGISTRABLE = "\\N";

    private StoredFacts() {
    }

    /** The stored form of {@code facts} derived from {@code base} (the entry's domain or target). */
    static String encode(NameFacts facts, String base) {
        String name = facts.name();
        if (name == null) {
            return NO_FACTS;
        }
        String registrable = facts.registrable();
        boolean sameName = name.equals(base);
        boolean ownRegistrable = name.equals(registrable);
        if (sameName && ownRegistrable && facts.reserved() == null && facts.knownSuffix()) {
            return null;
        }
        StringBuilder out = new StringBuilder(name.length() + 24);
        if (!sameName) {
            escape(out, name);
        }
        out.append('|');
        if (registrable == null) {
            out.append(NO_REGISTRABLE);
        } else if (!ownRegistrable) {
            escape(out, registrable);
        }
        out.append('|');
        if (facts.reserved() != null) {
            escape(out, facts.reserved());
        }
        return out.append('|').append(facts.knownSuffix() ? '1' : '0').toString();
    }

    /** The facts stored as {@code stored} for an entry whose domain or target is {@code base}. */
    static NameFacts decode(String stored, String base) {
        if (stored == null) {
            return base == null ? NameFacts.NONE : new NameFacts(base, base, null, true);
        }
        if (stored.isEmpty()) {
            return NameFacts.NONE;
        }
        String[] fields = stored.indexOf('\\') < 0 ? plainFields(stored) : escapedFields(stored);
        if (fields == null) {
            throw new IllegalStateException("stored name facts '" + stored
                    + "' are not of the form name|registrable|reserved|known-suffix");
        }
        String name = fields[0].isEmpty() ? base : fields[0];
        String registrable = fields[1] == null ? null : fields[1].isEmpty() ? name : fields[1];
        return new NameFacts(name, registrable, fields[2].isEmpty() ? null : fields[2], "1".equals(fields[3]));
    }

    private static void escape(StringBuilder out, String value) {
        if (value.indexOf('|') < 0 && value.indexOf('\\') < 0) {
            out.append(value);
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '|' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
    }

    /** The four fields of a value without escapes, or null if it has another number of fields. */
    private static String[] plainFields(String stored) {
        int a = stored.indexOf('|');
        int b = a < 0 ? -1 : stored.indexOf('|', a + 1);
        int c = b < 0 ? -1 : stored.indexOf('|', b + 1);
        if (c < 0 || stored.indexOf('|', c + 1) >= 0) {
            return null;
        }
        return new String[] {stored.substring(0, a), stored.substring(a + 1, b), stored.substring(b + 1, c),
                stored.substring(c + 1)};
    }

    /** The same for a value with escapes; a registrable field of exactly {@code \N} is null. */
    private static String[] escapedFields(String stored) {
        String[] fields = new String[4];
        int count = 0;
        StringBuilder field = new StringBuilder();
        int fieldStart = 0;
        for (int i = 0; i <= stored.length(); i++) {
            char c = i < stored.length() ? stored.charAt(i) : '|';
            if (c == '\\' && i + 1 < stored.length()) {
                field.append(stored.charAt(++i));
            } else if (c == '|') {
                if (count == 4) {
                    return null;
                }
                boolean noRegistrable = count == 1 && stored.startsWith(NO_REGISTRABLE, fieldStart)
                        && i - fieldStart == NO_REGISTRABLE.length();
                fields[count++] = noRegistrable ? null : field.toString();
                field.setLength(0);
                fieldStart = i + 1;
            } else {
                field.append(c);
            }
        }
        return count == 4 ? fields : null;
    }
}
