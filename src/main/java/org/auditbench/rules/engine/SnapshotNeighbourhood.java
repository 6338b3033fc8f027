package org.auditbench.rules.engine;

import com.carrotsearch.hppc.LongLongHashMap;
import com.carrotsearch.hppc.LongObjectHashMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.auditbench.model.Entry;
import org.auditbench.rules.api.Neighbourhood;
import org.auditbench.rules.api.RuleContext;

/** The neighbourhood of the candidate entries of one snapshot, read back from the workspace as whole entries. */
final class SnapshotNeighbourhood implements Neighbourhood {

    private final LongObjectHashMap<List<Entry>> groups = new LongObjectHashMap<>();
    private final LongLongHashMap previousIdByEntry;
    private final Map<Long, Entry> previousEntries;
    private final String previousSnapshot;

    SnapshotNeighbourhood(NeighbourIndex.Candidates candidates, Map<Long, Entry> current, Map<Long, Entry> previous,
                          String previousSnapshot, RuleContext context) {
        Comparator<Entry> lookupOrder = Comparator.<Entry>comparingInt(e -> context.layerRank(e.layer()))
                .thenComparingLong(Entry::id);
        for (var group : candidates.lookupGroups()) {
            List<Entry> members = new ArrayList<>();
            for (long id : group.value) {
                Entry e = current.get(id);
                if (e != null) {
                    members.add(e);
                }
            }
            members.sort(lookupOrder);
            groups.put(group.key, List.copyOf(members));
        }
        this.previousIdByEntry = candidates.previousIdByEntry();
        this.previousEntries = previous;
        this.previousSnapshot = previousSnapshot;
    }

    @Override
    public List<Entry> layerSiblings(Entry entry) {
        List<Entry> group = groups.get(NeighbourIndex.lookupOf(entry));
        if (group == null) {
            return List.of(entry);
        }
        // the hash grouped them; equal keys and protocols make them siblings
        List<Entry> siblings = group.stream()
                .filter(e -> e.key().equals(entry.key()) && Objects.equals(e.protocol(), entry.protocol())).toList();
        return siblings.isEmpty() ? List.of(entry) : siblings;
    }

    @Override
    public Optional<String> previousSnapshot() {
        return Optional.ofNullable(previousSnapshot);
    }

    @Override
    public Optional<Entry> previous(Entry entry) {
        long id = previousIdByEntry.getOrDefault(entry.id(), -1);
        Entry before = id < 0 ? null : previousEntries.get(id);
        if (before == null || !Objects.equals(before.layer(), entry.layer())
                || !Objects.equals(before.protocol(), entry.protocol()) || !before.key().equals(entry.key())) {
            return Optional.empty();
        }
        return Optional.of(before);
    }
}
