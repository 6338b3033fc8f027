package org.auditbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Unmapped columns and similar maps keep their order, so listings, stored JSON and findings repeat exactly. */
class OrderedMapTest {

    private static LinkedHashMap<String, String> columns(List<String> names) {
        LinkedHashMap<String, String> out = new LinkedHashMap<>();
        names.forEach(n -> out.put(n, "value of " + n));
        return out;
    }

    @Test
    void anEntrysExtraColumnsComeOutInTheSourcesOrder() {
        List<String> names = List.of("ticket", "zone", "Approver", "cost centre", "api_key", "notes", "b", "a",
                "region", "contact", "legacy id", "comment");
        Entry entry = new Entry(1, 1, "line 2", "contoso.com", KeyKind.EXACT, null, "imap", "imap.contoso.com", null,
                TargetKind.NAME, 993, "tls", null, "Mail Team", "why", null, null, null, "prod", "v2",
                columns(names), null, null);
        assertThat(new ArrayList<>(entry.extra().keySet())).containsExactlyElementsOf(names);
        assertThat(entry.withIds(2, 2).extra()).isSameAs(entry.extra());
    }

    @Test
    void aCopyIsUnmodifiableRefusesNullsAndIsNotCopiedAgain() {
        Map<String, String> copy = OrderedMap.copyOf(columns(List.of("y", "x")));
        assertThat(copy).containsExactly(Map.entry("y", "value of y"), Map.entry("x", "value of x"));
        assertThatThrownBy(() -> copy.put("z", "1")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copy.entrySet().iterator().next().setValue("2"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(OrderedMap.copyOf(copy)).isSameAs(copy);
        assertThat(OrderedMap.copyOf(Map.of())).isEmpty();
        Map<String, String> withNull = new HashMap<>();
        withNull.put("k", null);
        assertThatThrownBy(() -> OrderedMap.copyOf(withNull)).isInstanceOf(NullPointerException.class);
        assertThat(copy).isEqualTo(Map.of("x", "value of x", "y", "value of y"));
        assertThat(copy.hashCode()).isEqualTo(Map.of("x", "value of x", "y", "value of y").hashCode());
    }
}
