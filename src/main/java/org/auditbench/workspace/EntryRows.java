package org.auditbench.workspace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.auditbench.model.Entry;
import org.auditbench.model.KeyKind;
import org.auditbench.model.NameFacts;
import org.auditbench.model.TargetKind;

/** Reads {@link Entry} values out of rows selected with {@link #COLUMNS}. */
final class EntryRows {

    static final String COLUMNS = "e.id, e.snapshot_id, e.source_row, e.domain, e.key_kind, e.address, e.protocol,"
            + " e.target, e.target_raw, e.target_kind, e.port, e.encryption, e.username, e.owner, e.justification,"
            + " e.created, e.expires, e.reviewed, e.environment, e.layer, e.extra, e.domain_name,"
            + " e.domain_registrable, e.domain_reserved, e.domain_known_suffix, e.target_name,"
            + " e.target_registrable, e.target_reserved, e.target_known_suffix";

    /** How many columns {@link #COLUMNS} selects. */
    static final int COUNT = 29;

    private EntryRows() {
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
                Json.readMap(rs.getString(o + 21)), facts(rs, o + 22), facts(rs, o + 26));
    }

    private static NameFacts facts(ResultSet rs, int first) throws SQLException {
        String name = rs.getString(first);
        if (name == null) {
            return NameFacts.NONE;
        }
        return new NameFacts(name, rs.getString(first + 1), rs.getString(first + 2), rs.getInt(first + 3) == 1);
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
