package org.auditbench.generate;

import java.io.IOException;

/** Receives generated rows, one array of {@link ConfigGenerator#COLUMNS} values at a time (the array is reused). */
public interface RowSink extends AutoCloseable {

    void row(String[] values) throws IOException;

    @Override
    void close() throws IOException;
}
