package org.auditbench.workspace;

import java.time.Instant;
import java.util.Map;
import org.auditbench.model.OrderedMap;

/**
 * A column mapping saved under a name.
 *
 * @param mapping canonical field id → source column, in field order
 */
public record SavedMapping(String name, Map<String, String> mapping, String format, String sourceName,
                           Instant savedAt) {

    public SavedMapping {
        mapping = OrderedMap.copyOf(mapping);
    }
}
