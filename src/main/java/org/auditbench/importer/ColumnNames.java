package org.auditbench.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes a source's column names usable as keys: a blank name becomes {@code column N}, and a repeated
 * name gets {@code (2)}, {@code (3)}, ... — otherwise two columns would collide in {@code extra} and one
 * value would be lost.
 */
public final class ColumnNames {

    private ColumnNames() {
    }

    public static List<String> unique(List<String> raw) {
        List<String> out = new ArrayList<>(raw.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String name = raw.get(i) == null ? "" : raw.get(i).strip();
            if (name.isEmpty()) {
                name = "column " + (i + 1);
            }
            String candidate = name;
            for (int n = 2; !seen.add(candidate.toLowerCase(Locale.ROOT)); n++) {
                candidate = name + " (" + n + ")";
            }
            out.add(candidate);
        }
        return out;
    }
}
