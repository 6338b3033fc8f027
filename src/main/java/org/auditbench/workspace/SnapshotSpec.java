package org.auditbench.workspace;

import java.util.Map;
import org.auditbench.model.OrderedMap;

/**
 * What a new snapshot records about where it came from. The locator never holds a password.
 *
 * @param mapping the column mapping used (field → column), stored so next quarter can reuse it
 */
public record SnapshotSpec(String sourceName, String kind, String locator, String label, String environment,
                           String layer, Map<String, String> mapping) {

    public SnapshotSpec {
        mapping = mapping == null ? Map.of() : OrderedMap.copyOf(mapping);
    }
}
