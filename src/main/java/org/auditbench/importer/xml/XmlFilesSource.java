package org.auditbench.importer.xml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLStreamReader;
import org.auditbench.importer.ImportException;
import org.auditbench.importer.ImportInput;
import org.auditbench.importer.KeyedRecord;
import org.auditbench.importer.KeyedRecordSource;

/**
 * Records of one XML document or of every document in a folder, in file-name order. Each document is
 * parsed whole (they are small) and turned into records by a {@link DocumentReader}.
 */
final class XmlFilesSource implements KeyedRecordSource {

    /** Larger than any real autoconfig or autodiscover answer; larger files are refused, not parsed. */
    static final long MAX_DOCUMENT = 16L * 1024 * 1024;

    /** Turns one parsed document into records. */
    @FunctionalInterface
    interface DocumentReader {
        List<KeyedRecord> records(String fileName, XmlElement root) throws ImportException;
    }

    private final ImportInput input;
    private final List<Path> files;
    private final DocumentReader reader;
    private final Deque<KeyedRecord> pending = new ArrayDeque<>();
    private int nextFile;

    XmlFilesSource(ImportInput input, List<Path> files, DocumentReader reader) {
        this.input = input;
        this.files = files;
        this.reader = reader;
    }

    @Override
    public KeyedRecord next() throws ImportException {
        while (pending.isEmpty()) {
            if (files == null ? nextFile > 0 : nextFile >= files.size()) {
                return null;
            }
            Path file = files == null ? null : files.get(nextFile);
            nextFile++;
            String fileName = file == null ? input.name() : file.getFileName().toString();
            pending.addAll(reader.records(fileName, parse(fileName, file)));
        }
        return pending.poll();
    }

    private XmlElement parse(String fileName, Path file) throws ImportException {
        try (InputStream in = file == null ? input.opener().open() : Files.newInputStream(file)) {
            if (file != null && Files.size(file) > MAX_DOCUMENT) {
                throw new ImportException(fileName + ": the file is larger than " + MAX_DOCUMENT / (1024 * 1024)
                        + " MB, which no configuration document is; refused");
            }
            XMLStreamReader xml = SafeXml.open(fileName, in);
            try {
                return XmlElement.parse(fileName, xml);
            } finally {
                SafeXml.close(xml);
            }
        } catch (IOException e) {
            throw new ImportException(fileName + ": cannot read the file: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pending.clear();
    }
}
