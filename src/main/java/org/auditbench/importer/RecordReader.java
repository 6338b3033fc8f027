package org.auditbench.importer;

import java.util.List;

/** Streams the records of one opened source; one implementation per format. */
public interface RecordReader extends AutoCloseable {

    /** The source's column names, in order; mapping refers to these. */
    List<String> columns();

    /** The next record, or null at the end. Throws when the source is broken beyond one record. */
    SourceRecord next() throws ImportException;

    /** The record as the source wrote it, for a reject's raw text. */
    String rawText(SourceRecord record);

    /** SHA-256 (hex) of the source's bytes; valid once {@link #next()} has returned null. */
    String sha256();

    @Override
    void close() throws ImportException;
}
