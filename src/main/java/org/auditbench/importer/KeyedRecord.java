package org.auditbench.importer;

import java.util.Map;

/**
 * One record of a tree-shaped source (JSON, XML, zone file) as named fields, before the columns of the
 * whole source are known.
 *
 * @param locator where it is ({@code line 12}, {@code gmail.com.xml: googlemail.com × incomingServer 1})
 * @param fields  field name → value, in the source's order; null values are absent values
 * @param raw     the record as the source wrote it (or as close as the format allows), for rejects
 */
public record KeyedRecord(String locator, Map<String, String> fields, String raw) {
}
