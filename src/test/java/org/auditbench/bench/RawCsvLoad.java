package org.auditbench.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The import benchmark's floor: the fastest plain Java load of a CSV into SQLite that issue 3 names for
 * orientation, and nothing else. One thread parses with FastCSV; the main thread writes every field as text,
 * as {@code sqlite3 .import} does, in 64-row multi-value INSERTs, one transaction, {@code synchronous=OFF},
 * no indexes. No mapping, no validation, no derived columns, no digest, no rejects: what any JVM importer costs
 * before it does an importer's work. {@code packaging/bench/import-vs-sqlite3.sh} runs it beside both others.
 *
 * <p>Usage: {@code java -cp target/test-classes:target/auditbench.jar org.auditbench.bench.RawCsvLoad CSV DB
 * [--empty-as-null]}. Empty fields are stored as empty text, as {@code sqlite3 .import} stores them, or as NULL with
 * the option: a workspace's entries exported with {@code sqlite3 -csv} have their NULLs as empty fields.
 */
public final class RawCsvLoad {

    private static final int ROWS_PER_INSERT = 64;
    private static final int BATCH = 512;
    private static final String[][] END = new String[0][];
    private static volatile Exception parseFailure;

    private RawCsvLoad() {
    }

    public static void main(String[] args) throws Exception {
        Path csv = Path.of(args[0]);
        boolean emptyAsNull = args.length > 2 && args[2].equals("--empty-as-null");
        BlockingQueue<String[][]> queue = new ArrayBlockingQueue<>(8);
        List<String> header;
        try (Reader peek = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(peek)) {
            header = r.iterator().next().getFields();
        }
        Thread parser = new Thread(() -> parse(csv, queue), "raw-csv-parser");
        parser.setDaemon(true);
        parser.start();
        int columns = header.size();
        long rows = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[1])) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA synchronous = OFF");
                StringBuilder create = new StringBuilder("CREATE TABLE config (");
                for (int i = 0; i < columns; i++) {
                    create.append(i == 0 ? "" : ", ").append('"').append(header.get(i).replace("\"", "\"\"")).append("\" TEXT");
                }
                s.execute(create.append(')').toString());
            }
            c.setAutoCommit(false);
            String row = "(" + "?,".repeat(columns - 1) + "?)";
            try (PreparedStatement multi = c.prepareStatement("INSERT INTO config VALUES " + join(row, ROWS_PER_INSERT));
                 PreparedStatement single = c.prepareStatement("INSERT INTO config VALUES " + row)) {
                String[][] pending = new String[ROWS_PER_INSERT][];
                int count = 0;
                for (String[][] batch; (batch = queue.take()) != END; ) {
                    for (String[] fields : batch) {
                        pending[count++] = fields;
                        if (count == ROWS_PER_INSERT) {
                            for (int i = 0; i < count; i++) {
                                bind(multi, i * columns, pending[i], columns, emptyAsNull);
                            }
                            multi.executeUpdate();
                            count = 0;
                        }
                    }
                    rows += batch.length;
                }
                for (int i = 0; i < count; i++) {
                    bind(single, 0, pending[i], columns, emptyAsNull);
                    single.executeUpdate();
                }
            }
            if (parseFailure != null) {
                throw new IllegalStateException(csv + " could not be parsed", parseFailure);
            }
            c.commit();
        }
        System.out.println("raw load: " + rows + " rows of " + columns + " text columns");
    }

    private static void parse(Path csv, BlockingQueue<String[][]> queue) {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CsvReader<CsvRecord> r = CsvReader.builder().allowExtraFields(true).allowMissingFields(true).ofCsvRecord(in)) {
            Iterator<CsvRecord> records = r.iterator();
            records.next();
            String[][] batch = new String[BATCH][];
            int size = 0;
            while (records.hasNext()) {
                batch[size++] = records.next().getFields().toArray(String[]::new);
                if (size == BATCH) {
                    queue.put(batch);
                    batch = new String[BATCH][];
                    size = 0;
                }
            }
            queue.put(java.util.Arrays.copyOf(batch, size));
        } catch (IOException | RuntimeException e) {
            parseFailure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void bind(PreparedStatement s, int offset, String[] fields, int columns, boolean emptyAsNull)
            throws SQLException {
        for (int k = 0; k < columns; k++) {
            String value = k < fields.length ? fields[k] : null;
            s.setString(offset + k + 1, emptyAsNull && value != null && value.isEmpty() ? null : value);
        }
    }

    private static String join(String row, int times) {
        return String.join(",", java.util.Collections.nCopies(times, row));
    }
}
