package org.auditbench.workspace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.auditbench.model.Entry;
import org.auditbench.model.KeyKind;
import org.auditbench.model.OrderedMap;
import org.auditbench.model.TargetKind;

/** Reads {@link Entry} values out of rows selected with {@link #COLUMNS}. */
final class EntryRows {

    static final String COLUMNS = "e.id, e.snapshot_id, e.source_row, e.domain, e.key_kind, e.address, e.protocol,"
            + " e.target, e.target_raw, e.target_kind, e.port, e.encryption, e.username, e.owner, e.justification,"
            + " e.created, e.expires, e.reviewed, e.environment, e.layer, e.extra, e.domain_facts, e.target_facts";

    /** How many columns {@link #COLUMNS} selects. */
    static final int COUNT = 23;

    /**
     * The same columns (but id and snapshot) packed by SQLite into one value per row, so a scan moves one value per
     * row across JDBC instead of 21; {@link EntryDao#unpack} reads it back, on any thread. The values are joined by
     * the byte {@code 0xFE}, and a NULL is the lone byte {@code 0xFF}: neither byte occurs in UTF-8 text, and every
     * value Auditbench stores was written from a Java string, so no value can hold either and nothing needs escaping
     * ({@link PackedRow#split}). Building this costs SQLite less than the JSON array it replaced, and splitting it
     * costs the workers less than reading JSON strings back (stop 13).
     */
    static final String PACKED = packed("e.source_row?", "e.domain", "e.key_kind", "e.address?", "e.protocol?",
            "e.target?", "e.target_raw?", "e.target_kind", "e.port?", "e.encryption?", "e.username?", "e.owner?",
            "e.justification?", "e.created?", "e.expires?", "e.reviewed?", "e.environment?", "e.layer?", "e.extra?",
            "e.domain_facts?", "e.target_facts?");
    static final int PACKED_FIELDS = 21;
    private static final Map<String, Map<String, String>> EXTRA_CACHE = new ConcurrentHashMap<>();

    private EntryRows() {
    }

    /** {@code concat_ws} of the columns, each name ending in {@code ?} (nullable) with NULL as the byte 0xFF. */
    static String packed(String... columns) {
        StringBuilder sql = new StringBuilder("concat_ws(x'fe'");
        for (String column : columns) {
            sql.append(", ");
            if (column.endsWith("?")) {
                sql.append("ifnull(").append(column, 0, column.length() - 1).append(", x'ff')");
            } else {
                sql.append(column);
            }
        }
        return sql.append(')').toString();
    }

    /** Extra columns repeat across rows (the same few notes), so their parsed maps are shared. */
    static Map<String, String> extra(String json) {
        if (json == null) {
            return Map.of();
        }
        Map<String, String> known = EXTRA_CACHE.get(json);
        if (known == null) {
            known = OrderedMap.copyOf(Json.readMap(json));
            if (EXTRA_CACHE.size() < 10_000) {
                EXTRA_CACHE.put(json, known);
            }
        }
        return known;
    }

    /** The stored kind ids, without the case-insensitive parsing a person's input needs. */
    static KeyKind keyKind(String id) {
        return switch (id) {
            case "exact" -> KeyKind.EXACT;
            case "wildcard" -> KeyKind.WILDCARD;
            case "like" -> KeyKind.LIKE;
            case "regex" -> KeyKind.REGEX;
            default -> KeyKind.parse(id);
        };
    }

    static TargetKind targetKind(String id) {
        return switch (id) {
            case "name" -> TargetKind.NAME;
            case "ipv4" -> TargetKind.IPV4;
            case "ipv6" -> TargetKind.IPV6;
            case "template" -> TargetKind.TEMPLATE;
            case "none" -> TargetKind.NONE;
            case "invalid" -> TargetKind.INVALID;
            default -> TargetKind.parse(id);
        };
    }

    static Entry read(ResultSet rs) throws SQLException {
        return read(rs, 0);
    }

    /** Reads an entry whose {@link #COLUMNS} start after the first {@code offset} columns of the row. */
    static Entry read(ResultSet rs, int offset) throws SQLException {
        int o = offset;
        int portValue = rs.getInt(o + 11);
        Integer port = rs.wasNull() ? null : portValue;
        return new Entry(rs.getLong(o + 1), rs.getLong(o + 2), rs.getString(o + 3), rs.getString(o + 4),
                KeyKind.parse(rs.getString(o + 5)), rs.getString(o + 6), rs.getString(o + 7), rs.getString(o + 8),
                rs.getString(o + 9), TargetKind.parse(rs.getString(o + 10)), port, rs.getString(o + 12),
                rs.getString(o + 13), rs.getString(o + 14), rs.getString(o + 15), date(rs.getString(o + 16)),
                date(rs.getString(o + 17)), date(rs.getString(o + 18)), rs.getString(o + 19), rs.getString(o + 20),
                Json.readMap(rs.getString(o + 21)), StoredFacts.decode(rs.getString(o + 22), rs.getString(o + 4)),
                StoredFacts.decode(rs.getString(o + 23), rs.getString(o + 8)));
    }

    private static LocalDate date(String text) {
        return PackedRow.date(text);
    }
}
