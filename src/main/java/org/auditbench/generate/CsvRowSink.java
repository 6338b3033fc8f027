package org.auditbench.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes generated rows as RFC 4180 CSV (UTF-8, header first, quotes only where needed). */
public final class CsvRowSink implements RowSink {

    private final BufferedWriter out;
    private final StringBuilder line = new StringBuilder(512);

    public CsvRowSink(Path file, List<String> columns) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                1 << 20);
        row(columns.toArray(String[]::new));
    }

    @Override
    public void row(String[] values) throws IOException {
        line.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            append(values[i]);
        }
        line.append('\n');
        out.append(line);
    }

    private void append(String v) {
        if (v == null || v.isEmpty()) {
            return;
        }
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            line.append(v);
            return;
        }
        line.append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            line.append(c);
            if (c == '"') {
                line.append('"');
            }
        }
        line.append('"');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
