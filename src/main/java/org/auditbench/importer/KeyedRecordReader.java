package org.auditbench.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a tree-shaped source into rows with fixed columns by reading it twice: the first pass checks the
 * whole source (a truncated file fails before anything is written) and collects every field name, the
 * second delivers the records. Only the column names are held in memory, never the records.
 */
public final class KeyedRecordReader implements RecordReader {

    /** More distinct field names than this is not a configuration table but something else. */
    static final int MAX_COLUMNS = 2_000;

    private final String name;
    private final List<String> columns;
    private final Map<String, Integer> index;
    private final KeyedRecordSource source;
    private final String sha256;
    private SourceRecord lastRecord;
    private String lastRaw;

    private KeyedRecordReader(String name, List<String> columns, KeyedRecordSource source, String sha256) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.index = new java.util.HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i), i);
        }
        this.source = source;
        this.sha256 = sha256;
    }

    /**
     * @param leading columns to put first when present (the format's own fields, in a readable order)
     * @param sha256  the source's digest, computed by the caller over its bytes
     */
    public static KeyedRecordReader open(String name, KeyedRecordSource.Opener opener, List<String> leading,
                                         String sha256) throws ImportException {
        Set<String> seen = new LinkedHashSet<>();
        long records = 0;
        try (KeyedRecordSource first = opener.open()) {
            for (KeyedRecord r; (r = first.next()) != null; ) {
                records++;
                seen.addAll(r.fields().keySet());
                if (seen.size() > MAX_COLUMNS) {
                    throw new ImportException(name + ": " + r.locator() + ": the records have more than " + MAX_COLUMNS
                            + " different field names; this does not look like a configuration table");
                }
            }
        }
        if (records == 0) {
            throw new ImportException(name + ": the source holds no records to import");
        }
        List<String> columns = new ArrayList<>();
        for (String column : leading) {
            if (seen.remove(column)) {
                columns.add(column);
            }
        }
        columns.addAll(seen);
        return new KeyedRecordReader(name, columns, opener.open(), sha256);
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public SourceRecord next() throws ImportException {
        KeyedRecord r = source.next();
        if (r == null) {
            return null;
        }
        String[] values = new String[columns.size()];
        for (Map.Entry<String, String> field : r.fields().entrySet()) {
            Integer at = index.get(field.getKey());
            if (at == null) {
                throw new ImportException(name + ": " + r.locator() + ": the source changed while it was read"
                        + " (field '" + field.getKey() + "' was not there before)");
            }
            values[at] = field.getValue();
        }
        lastRecord = new SourceRecord(r.locator(), values);
        lastRaw = r.raw();
        return lastRecord;
    }

    @Override
    public String rawText(SourceRecord record) {
        if (record == lastRecord && lastRaw != null) {
            return lastRaw;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < columns.size() && i < record.values().length; i++) {
            if (record.values()[i] != null) {
                out.append(out.length() == 0 ? "" : "; ").append(columns.get(i)).append('=').append(record.values()[i]);
            }
        }
        return out.toString();
    }

    @Override
    public String sha256() {
        return sha256;
    }

    @Override
    public void close() throws ImportException {
        source.close();
    }
}
