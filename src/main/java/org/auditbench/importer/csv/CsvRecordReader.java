package org.auditbench.importer.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import com.google.common.hash.Hashing;
import com.google.common.hash.HashingInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.auditbench.importer.ImportException;
import org.auditbench.importer.ImportInput;
import org.auditbench.importer.RecordReader;
import org.auditbench.importer.SourceRecord;

/** Streams the records of a delimited text file; the first non-empty record is the header. */
final class CsvRecordReader implements RecordReader {

    private static final int HEAD = 64 * 1024;

    private final String name;
    private final HashingInputStream digest;
    private final InputStream stream;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final CSVFormat format;
    private final List<String> columns;
    private long nextLine;

    private CsvRecordReader(String name, HashingInputStream digest, InputStream stream, CSVParser parser, CSVFormat format)
            throws ImportException {
        this.name = name;
        this.digest = digest;
        this.stream = stream;
        this.parser = parser;
        this.format = format;
        this.records = parser.iterator();
        CSVRecord header = nextRecord();
        if (header == null) {
            throw new ImportException(name + ": the file is empty (no header row)");
        }
        this.columns = List.of(header.values());
        if (columns.stream().allMatch(String::isBlank)) {
            throw new ImportException(name + ": line 1: the header row has no column names");
        }
        this.nextLine = parser.getCurrentLineNumber() + 1;
    }

    static CsvRecordReader open(ImportInput input, char fallbackDelimiter) throws ImportException {
        InputStream stream = null;
        try {
            HashingInputStream digest = new HashingInputStream(Hashing.sha256(), input.opener().open());
            stream = new BufferedInputStream(digest, HEAD);
            stream.mark(HEAD);
            byte[] head = stream.readNBytes(HEAD);
            stream.reset();
            if (looksBinary(head)) {
                throw new ImportException(input.name() + ": this is not a text file (it contains binary data)");
            }
            TextEncoding.Detected encoding = TextEncoding.detect(head, head.length);
            stream.skipNBytes(encoding.bomLength());
            String text = new String(head, encoding.bomLength(), head.length - encoding.bomLength(), encoding.charset());
            int eol = text.indexOf('\n');
            char delimiter = DelimiterSniffer.sniff(eol < 0 ? text : text.substring(0, eol), fallbackDelimiter);
            CSVFormat format = CSVFormat.RFC4180.builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(true)
                    .setTrim(false)
                    .get();
            Reader reader = new InputStreamReader(stream, encoding.charset());
            return new CsvRecordReader(input.name(), digest, stream, CSVParser.builder().setReader(reader)
                    .setFormat(format).get(), format);
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
        long line = nextLine;
        CSVRecord record = nextRecord();
        if (record == null) {
            return null;
        }
        nextLine = parser.getCurrentLineNumber() + 1;
        return new SourceRecord("line " + line, record.values());
    }

    @Override
    public String rawText(SourceRecord record) {
        return format.format((Object[]) record.values());
    }

    @Override
    public String sha256() {
        return digest.hash().toString();
    }

    @Override
    public void close() throws ImportException {
        try {
            parser.close();
        } catch (IOException e) {
            throw new ImportException(name + ": " + describe(e), e);
        }
    }

    private CSVRecord nextRecord() throws ImportException {
        try {
            if (!records.hasNext()) {
                drain();
                return null;
            }
            return records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new ImportException(name + ": line " + nextLine + ": the file cannot be parsed as delimited text: "
                    + describe(cause), e);
        }
    }

    /** Reads whatever follows the last record so the digest covers every byte of the file. */
    private void drain() {
        try {
            stream.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean looksBinary(byte[] head) {
        int zeros = 0;
        for (byte b : head) {
            if (b == 0) {
                zeros++;
            }
        }
        // UTF-16 text has zeros in every other byte, but starts with a BOM, which detect() handles.
        boolean utf16 = head.length >= 2 && ((head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe
                || (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff);
        return !utf16 && zeros > 0;
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
