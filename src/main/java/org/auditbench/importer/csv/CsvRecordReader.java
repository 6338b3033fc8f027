package org.auditbench.importer.csv;

import com.google.common.hash.Hashing;
import com.google.common.hash.HashingInputStream;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.auditbench.importer.ColumnNames;
import org.auditbench.importer.ImportException;
import org.auditbench.importer.ImportInput;
import org.auditbench.importer.RecordReader;
import org.auditbench.importer.SourceRecord;

/**
 * Streams the records of a delimited text file; the first non-empty record is the header. Quoted fields
 * may span lines; rows with more or fewer fields than the header are passed on (the mapper rejects them)
 * rather than stopping the import; rows that are blank in every field are skipped, as they say nothing.
 */
final class CsvRecordReader implements RecordReader {

    private static final int HEAD = 64 * 1024;

    private final String name;
    private final HashingInputStream digest;
    private final InputStream stream;
    private final CsvReader<CsvRecord> csv;
    private final Iterator<CsvRecord> records;
    private final char delimiter;
    private final List<String> columns;

    private CsvRecordReader(String name, HashingInputStream digest, InputStream stream, Reader text, char delimiter)
            throws ImportException {
        this.name = name;
        this.digest = digest;
        this.stream = stream;
        this.delimiter = delimiter;
        this.csv = CsvReader.builder()
                .fieldSeparator(delimiter)
                .quoteCharacter('"')
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .detectBomHeader(false)
                .ofCsvRecord(text);
        this.records = csv.iterator();
        CsvRecord header = nextRecord(1);
        if (header == null) {
            throw new ImportException(name + ": the file is empty (no header row)");
        }
        List<String> raw = header.getFields();
        if (raw.stream().allMatch(String::isBlank)) {
            throw new ImportException(name + ": line " + header.getStartingLineNumber()
                    + ": the header row has no column names");
        }
        this.columns = ColumnNames.unique(raw);
    }

    static CsvRecordReader open(ImportInput input, char fallbackDelimiter) throws ImportException {
        InputStream stream = null;
        try {
            HashingInputStream digest = new HashingInputStream(Hashing.sha256(), input.opener().open());
            stream = new BufferedInputStream(digest, HEAD);
            stream.mark(HEAD);
            byte[] head = stream.readNBytes(HEAD);
            stream.reset();
            if (head.length == 0) {
                throw new ImportException(input.name() + ": the file is empty (no header row)");
            }
            TextEncoding.Detected encoding = TextEncoding.detect(head, head.length);
            if (!TextEncoding.isUtf16(encoding) && looksBinary(head)) {
                throw new ImportException(input.name() + ": this is not a text file (it contains binary data)");
            }
            stream.skipNBytes(encoding.bomLength());
            String text = new String(head, encoding.bomLength(), head.length - encoding.bomLength(), encoding.charset());
            int eol = text.indexOf('\n');
            char delimiter = DelimiterSniffer.sniff(eol < 0 ? text : text.substring(0, eol), fallbackDelimiter);
            Reader reader = encoding.charset().equals(StandardCharsets.UTF_8) ? new Utf8FallbackReader(stream)
                    : new InputStreamReader(stream, encoding.charset());
            return new CsvRecordReader(input.name(), digest, stream, reader, delimiter);
        } catch (IOException e) {
            closeQuietly(stream);
            throw new ImportException(input.name() + ": cannot read the file: " + describe(e), e);
        } catch (ImportException e) {
            closeQuietly(stream);
            throw e;
        }
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public SourceRecord next() throws ImportException {
        for (CsvRecord record; (record = nextRecord(0)) != null; ) {
            int count = record.getFieldCount();
            String[] values = new String[count];
            boolean blank = true;
            for (int i = 0; i < count; i++) {
                values[i] = record.getField(i);
                blank &= values[i].isBlank();
            }
            if (!blank) {
                if (count != columns.size() && spansLines(values) && atEnd()) {
                    // a quote opened and never closed swallows the rest of the file into one field: that is a
                    // broken file, not one bad row
                    throw new ImportException(name + ": line " + record.getStartingLineNumber() + ": a quoted field"
                            + " starts on this line and is never closed, so the rest of the file would be read into it");
                }
                return new SourceRecord("line " + record.getStartingLineNumber(), values);
            }
        }
        return null;
    }

    @Override
    public String rawText(SourceRecord record) {
        StringBuilder out = new StringBuilder();
        String[] values = record.values();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(delimiter);
            }
            String v = values[i];
            boolean quote = v.indexOf(delimiter) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
                    || v.indexOf('\r') >= 0;
            out.append(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        return out.toString();
    }

    @Override
    public String sha256() {
        return digest.hash().toString();
    }

    @Override
    public void close() throws ImportException {
        try {
            csv.close();
        } catch (IOException e) {
            throw new ImportException(name + ": " + describe(e), e);
        }
    }

    private static boolean spansLines(String[] values) {
        for (String value : values) {
            if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                return true;
            }
        }
        return false;
    }

    private boolean atEnd() throws ImportException {
        try {
            return !records.hasNext();
        } catch (CsvParseException | UncheckedIOException e) {
            return false; // the next read reports it with its line
        }
    }

    private CsvRecord nextRecord(long fallbackLine) throws ImportException {
        try {
            if (!records.hasNext()) {
                drain();
                return null;
            }
            return records.next();
        } catch (CsvParseException e) {
            throw new ImportException(name + ": " + lineOf(e, fallbackLine) + "the file cannot be read as delimited text: "
                    + describe(e.getCause() != null ? e.getCause() : e), e);
        } catch (UncheckedIOException e) {
            throw new ImportException(name + ": cannot read the file: " + describe(e.getCause()), e);
        }
    }

    private static String lineOf(CsvParseException e, long fallbackLine) {
        String message = e.getMessage();
        return message != null && message.contains("line") ? message + ": " : fallbackLine > 0 ? "line " + fallbackLine + ": " : "";
    }

    /** Reads whatever follows the last record so the digest covers every byte of the file. */
    private void drain() {
        try {
            stream.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean looksBinary(byte[] head) {
        int controls = 0;
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
            int c = b & 0xff;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        return controls > head.length / 100 + 2;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    private static void closeQuietly(InputStream stream) {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // the original failure is the one worth reporting
            }
        }
    }
}
