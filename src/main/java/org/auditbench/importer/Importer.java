package org.auditbench.importer;

/** One source format: knows whether it can read an input and opens a {@link RecordReader} on it. */
public interface Importer {

    /** The format id used by {@code --format} and stored with each snapshot ({@code csv}, {@code tsv}). */
    String format();

    /** Whether this format claims the input by its name (extension) or its first bytes. */
    boolean accepts(ImportInput input, byte[] head);

    RecordReader open(ImportInput input) throws ImportException;

    /** Opens the part of the input {@code selection} names; formats without parts ignore it. */
    default RecordReader open(ImportInput input, SourceSelection selection) throws ImportException {
        return open(input);
    }

    /** Whether this format can read a folder of files (an ISPDB, a folder of zone files). */
    default boolean readsFolders() {
        return false;
    }
}
