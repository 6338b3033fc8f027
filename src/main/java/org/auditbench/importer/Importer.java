package org.auditbench.importer;

/** One source format: knows whether it can read an input and opens a {@link RecordReader} on it. */
public interface Importer {

    /** The format id used by {@code --format} and stored with each snapshot ({@code csv}, {@code tsv}). */
    String format();

    /** Whether this format claims the input by its name (extension) or its first bytes. */
    boolean accepts(ImportInput input, byte[] head);

    RecordReader open(ImportInput input) throws ImportException;
}
