package org.auditbench.importer.xml;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.auditbench.importer.ImportException;
import org.auditbench.importer.ImportInput;
import org.auditbench.importer.Importer;
import org.auditbench.importer.KeyedRecordReader;
import org.auditbench.importer.RecordReader;
import org.auditbench.importer.SourceDigest;
import org.auditbench.importer.SourceFiles;

/** An XML configuration format read from one file or from a folder of them; recognised by its root element. */
abstract class XmlDocumentImporter implements Importer {

    private final String format;
    private final String rootElement;
    private final List<String> leadingColumns;
    private final XmlFilesSource.DocumentReader documentReader;

    /**
     * @param rootElement    the root element's local name as it appears in the first bytes ({@code clientConfig})
     * @param leadingColumns the format's own fields, put first in this order when present
     * @param documentReader turns one parsed document into records
     */
    XmlDocumentImporter(String format, String rootElement, List<String> leadingColumns,
                        XmlFilesSource.DocumentReader documentReader) {
        this.format = format;
        this.rootElement = rootElement;
        this.leadingColumns = leadingColumns;
        this.documentReader = documentReader;
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public boolean accepts(ImportInput input, byte[] head) {
        String ext = input.extension();
        if (!ext.equals("xml") && !ext.isEmpty() && !ext.equals("txt")) {
            return false;
        }
        String text = new String(head, StandardCharsets.UTF_8);
        return text.contains("<" + rootElement) || text.contains(":" + rootElement + " ")
                || text.contains(":" + rootElement + ">");
    }

    @Override
    public boolean readsFolders() {
        return true;
    }

    @Override
    public RecordReader open(ImportInput input) throws ImportException {
        if (SourceFiles.isFolder(input)) {
            Path folder = input.path();
            List<Path> files = SourceFiles.inFolder(folder);
            if (files.isEmpty()) {
                throw new ImportException(input.name() + ": the folder holds no files");
            }
            for (Path file : files) {
                ImportInput one = ImportInput.of(file);
                if (!accepts(one, SourceFiles.head(file, 4096))) {
                    throw new ImportException(folder + ": " + file.getFileName() + " is not a " + format()
                            + " document (root element " + rootElement + "); a folder import reads every file,"
                            + " so move it out or import the files one by one");
                }
            }
            String sha256 = SourceDigest.ofFolder(folder, files);
            return KeyedRecordReader.open(input.name(), () -> new XmlFilesSource(input, files, documentReader),
                    leadingColumns, sha256);
        }
        String sha256 = SourceDigest.of(input);
        return KeyedRecordReader.open(input.name(), () -> new XmlFilesSource(input, null, documentReader),
                leadingColumns, sha256);
    }
}
