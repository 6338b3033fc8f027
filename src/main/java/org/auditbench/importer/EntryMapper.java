package org.auditbench.importer;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.auditbench.model.Entry;
import org.auditbench.model.KeyKind;
import org.auditbench.model.NameFacts;
import org.auditbench.model.Reject;
import org.auditbench.model.TargetKind;
import org.auditbench.names.KeyParser;
import org.auditbench.names.NameException;
import org.auditbench.names.NameFactsResolver;
import org.auditbench.names.ParsedKey;
import org.auditbench.names.ParsedTarget;
import org.auditbench.names.ReservedNames;
import org.auditbench.names.TargetParser;

/**
 * Turns source records into canonical entries through a {@link ColumnMapping}: names normalised, dates
 * read, unmapped columns kept in {@code extra}, name facts derived. A row it cannot read becomes a
 * reject naming the field and the reason; it never guesses.
 */
public final class EntryMapper {

    /** Longest value accepted in one field; longer ones are rejects, not memory problems. */
    static final int MAX_FIELD = 64 * 1024;

    private final ColumnMapping mapping;
    private final List<String> columns;
    private final String defaultEnvironment;
    private final String defaultLayer;
    /** Targets: a few thousand distinct ones across millions of rows. */
    private final NameFactsResolver facts = new NameFactsResolver();
    /**
     * Keys' domains and templates resolved against them: hundreds of thousands of distinct names in a large table, each
     * in a run of a few consecutive rows (one per protocol), so a small cache answers the run and lets them go.
     */
    private final NameFactsResolver keyFacts = new NameFactsResolver(ReservedNames.builtIn(), 1_024);
    /** Which columns feed a canonical field; the rest go to {@code extra}. */
    private final boolean[] mapped;
    /**
     * Parsed targets by their raw text: a table of a million rows names a few thousand targets, and
     * parsing (URL, template and address patterns) was the costliest step of mapping a row.
     */
    private final Map<String, ParsedTarget> targets = new java.util.HashMap<>();
    private String lastRawKey;
    private KeyKind lastDeclaredKind;
    private ParsedKey lastKey;

    public EntryMapper(ColumnMapping mapping, String defaultEnvironment, String defaultLayer) {
        this.mapping = mapping;
        this.columns = mapping.columns();
        this.defaultEnvironment = lower(defaultEnvironment);
        this.defaultLayer = lower(defaultLayer);
        this.mapped = new boolean[columns.size()];
        for (int i = 0; i < mapped.length; i++) {
            mapped[i] = mapping.isMapped(i);
        }
    }

    public MappedRow map(SourceRecord record, RecordReader reader) {
        String[] values = record.values();
        if (values.length != columns.size()) {
            return reject(record, reader, "the row has " + values.length + " fields but the header has "
                    + columns.size());
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && values[i].length() > MAX_FIELD) {
                return reject(record, reader, "column '" + columns.get(i) + "' holds " + values[i].length()
                        + " characters, more than the " + MAX_FIELD + " allowed");
            }
        }
        try {
            return MappedRow.of(toEntry(record));
        } catch (FieldException e) {
            return reject(record, reader, e.getMessage());
        }
    }

    private Entry toEntry(SourceRecord record) throws FieldException {
        String[] v = record.values();
        KeyKind declaredKind = keyKind(v);
        ParsedKey key;
        try {
            key = parseKey(value(v, CanonicalField.DOMAIN), declaredKind);
        } catch (NameException e) {
            throw new FieldException(columnName(CanonicalField.DOMAIN) + ": " + e.getMessage());
        }
        ParsedTarget target;
        String rawTarget = value(v, CanonicalField.TARGET);
        try {
            target = parseTarget(rawTarget);
        } catch (NameException e) {
            throw new FieldException(columnName(CanonicalField.TARGET) + ": " + e.getMessage());
        }
        Integer port = port(value(v, CanonicalField.PORT));
        if (port == null) {
            port = target.port();
        }
        String environment = orDefault(lower(value(v, CanonicalField.ENVIRONMENT)), defaultEnvironment);
        String layer = orDefault(lower(value(v, CanonicalField.LAYER)), defaultLayer);
        String targetRaw = rawTarget != null && target.host() != null && !rawTarget.strip().equals(target.host())
                ? rawTarget.strip() : null;
        return new Entry(0, 0, record.locator(), key.domain(), key.kind(), key.address(),
                lower(value(v, CanonicalField.PROTOCOL)), target.host(), targetRaw, target.kind(), port,
                lower(value(v, CanonicalField.ENCRYPTION)), trimmed(value(v, CanonicalField.USERNAME)),
                trimmed(value(v, CanonicalField.OWNER)), trimmed(value(v, CanonicalField.JUSTIFICATION)),
                date(v, CanonicalField.CREATED), date(v, CanonicalField.EXPIRES), date(v, CanonicalField.REVIEWED),
                environment, layer, extra(v), domainFacts(key), targetFacts(target, key));
    }

    /** Tables list each domain's protocols on consecutive rows: the previous row's key is often this row's. */
    private ParsedKey parseKey(String raw, KeyKind declared) throws NameException {
        if (raw != null && raw.equals(lastRawKey) && declared == lastDeclaredKind) {
            return lastKey;
        }
        ParsedKey key = KeyParser.parse(raw, declared);
        lastRawKey = raw;
        lastDeclaredKind = declared;
        lastKey = key;
        return key;
    }

    private ParsedTarget parseTarget(String raw) throws NameException {
        if (raw == null) {
            return TargetParser.parse(null);
        }
        ParsedTarget known = targets.get(raw);
        if (known == null) {
            known = TargetParser.parse(raw);
            if (targets.size() >= 20_000) {
                targets.clear();
            }
            targets.put(raw, known);
        }
        return known;
    }

    private NameFacts domainFacts(ParsedKey key) {
        return key.fixedPart() == null ? NameFacts.NONE : keyFacts.forName(key.fixedPart());
    }

    private NameFacts targetFacts(ParsedTarget target, ParsedKey key) {
        if (target.kind() == TargetKind.NAME) {
            return facts.forName(target.host());
        }
        if (target.kind() == TargetKind.TEMPLATE && key.kind() == KeyKind.EXACT) {
            String resolved = TargetParser.resolveTemplate(target.host(), key.domain(), key.address());
            return resolved == null ? NameFacts.NONE : keyFacts.forName(resolved);
        }
        if (target.kind() == TargetKind.IPV4 || target.kind() == TargetKind.IPV6) {
            return new NameFacts(target.host(), null, null, false);
        }
        return NameFacts.NONE;
    }

    private KeyKind keyKind(String[] v) throws FieldException {
        String text = value(v, CanonicalField.KEY_KIND);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return KeyKind.parse(text);
        } catch (IllegalArgumentException e) {
            throw new FieldException(columnName(CanonicalField.KEY_KIND) + ": " + e.getMessage());
        }
    }

    private Integer port(String text) throws FieldException {
        if (text == null || text.isBlank()) {
            return null;
        }
        String digits = text.strip();
        if (digits.endsWith(".0")) {
            digits = digits.substring(0, digits.length() - 2); // spreadsheets export 993 as 993.0
        }
        if (digits.isEmpty() || digits.length() > 9 || !asciiDigits(digits)) {
            throw new FieldException(columnName(CanonicalField.PORT) + ": '" + text.strip() + "' is not a port number");
        }
        return Integer.valueOf(digits);
    }

    /** A plain loop: a stream per row was visible in import profiles. Only ASCII digits make a port. */
    private static boolean asciiDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private LocalDate date(String[] v, CanonicalField field) throws FieldException {
        try {
            return DateParser.parse(value(v, field));
        } catch (DateParser.DateFormatException e) {
            throw new FieldException(columnName(field) + ": " + e.getMessage());
        }
    }

    private Map<String, String> extra(String[] v) {
        Map<String, String> extra = new LinkedHashMap<>();
        for (int i = 0; i < v.length; i++) {
            if (!mapped[i] && v[i] != null && !v[i].isEmpty()) {
                extra.put(columns.get(i), v[i]);
            }
        }
        return extra;
    }

    private String value(String[] v, CanonicalField field) {
        int index = mapping.indexOf(field);
        return index < 0 ? null : v[index];
    }

    private String columnName(CanonicalField field) {
        return "column '" + columns.get(mapping.indexOf(field)) + "'";
    }

    private static MappedRow reject(SourceRecord record, RecordReader reader, String reason) {
        return MappedRow.rejected(new Reject(record.locator(), reader.rawText(record), reason));
    }

    private static String trimmed(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static String lower(String s) {
        String t = trimmed(s);
        return t == null ? null : t.toLowerCase(Locale.ROOT);
    }

    private static String orDefault(String value, String fallback) {
        return value != null ? value : fallback;
    }

    /** A field that cannot be read; becomes the reject's reason. */
    private static final class FieldException extends Exception {
        private static final long serialVersionUID = 1L;

        FieldException(String message) {
            super(message, null, false, false);
        }
    }
}
