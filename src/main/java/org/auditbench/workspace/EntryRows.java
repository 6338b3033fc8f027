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

    private EntryRows() {
    }

    static Entry read(ResultSet rs) throws SQLException {
        int portValue = rs.getInt(11);
        Integer port = rs.wasNull() ? null : portValue;
        return new Entry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                KeyKind.parse(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                TargetKind.parse(rs.getString(10)), port, rs.getString(12), rs.getString(13), rs.getString(14),
                rs.getString(15), date(rs.getString(16)), date(rs.getString(17)), date(rs.getString(18)),
                rs.getString(19), rs.getString(20), Json.readMap(rs.getString(21)), facts(rs, 22), facts(rs, 26));
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
