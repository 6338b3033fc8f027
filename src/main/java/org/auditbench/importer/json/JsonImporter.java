package org.auditbench.importer.json;

import java.util.List;
import org.auditbench.importer.ImportException;
import org.auditbench.importer.ImportInput;
import org.auditbench.importer.Importer;
import org.auditbench.importer.KeyedRecordReader;
import org.auditbench.importer.RecordReader;
import org.auditbench.importer.SourceDigest;

/**
 * JSON and JSON Lines: an array of objects, one object per line, or a single object; nested objects
 * flattened to dotted names. The autodiscover shape ({@code email} + {@code protocols[]}) gives one
 * record per protocol; the v2 shape ({@code {"Protocol","Url"}}) maps through the usual synonyms.
 */
public final class JsonImporter implements Importer {

    /** The autodiscover shape's fields first, so the columns read naturally. */
    private static final List<String> LEADING = List.of("email", "domain", "protocol", "Protocol", "hostname",
            "Url", "port", "encryption", "username");

    @Override
    public String format() {
        return "json";
    }

    @Override
    public boolean accepts(ImportInput input, byte[] head) {
        String ext = input.extension();
        if (ext.equals("json") || ext.equals("jsonl") || ext.equals("ndjson")) {
            return true;
        }
        for (byte b : head) {
            if (b == '[' || b == '{') {
                return !ext.equals("csv") && !ext.equals("tsv") && !ext.equals("xml");
            }
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && (b & 0xff) != 0xef && (b & 0xff) != 0xbb
                    && (b & 0xff) != 0xbf) {
                return false;
            }
        }
        return false;
    }

    @Override
    public RecordReader open(ImportInput input) throws ImportException {
        String sha256 = SourceDigest.of(input);
        return KeyedRecordReader.open(input.name(), () -> JsonRecordSource.open(input), LEADING, sha256);
    }
}
