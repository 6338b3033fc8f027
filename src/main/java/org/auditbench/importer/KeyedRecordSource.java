package org.auditbench.importer;

/** One pass over the records of a tree-shaped source; {@link KeyedRecordReader} makes two. */
public interface KeyedRecordSource extends AutoCloseable {

    /** The next record, or null at the end; throws with file and location when the source is malformed. */
    KeyedRecord next() throws ImportException;

    @Override
    void close() throws ImportException;

    /** Opens a fresh pass over the same source. */
    @FunctionalInterface
    interface Opener {
        KeyedRecordSource open() throws ImportException;
    }
}
