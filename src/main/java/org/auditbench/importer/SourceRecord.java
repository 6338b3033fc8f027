package org.auditbench.importer;

/**
 * One record as a source format delivered it, before mapping.
 *
 * @param locator where it came from, for evidence and rejects ({@code row 12}, {@code file.xml: server 2})
 * @param values  the cell values in the order of {@link RecordReader#columns()}; may be shorter or longer
 *                when the source row was ragged
 */
public record SourceRecord(String locator, String[] values) {
}
