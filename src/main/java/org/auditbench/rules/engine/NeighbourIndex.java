package org.auditbench.rules.engine;

import com.carrotsearch.hppc.LongArrayList;
import com.carrotsearch.hppc.LongHashSet;
import com.carrotsearch.hppc.LongLongHashMap;
import com.carrotsearch.hppc.LongObjectHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.auditbench.model.Entry;

/**
 * The compact index a scan keeps of one snapshot (and of the previous snapshot of the same source) to find
 * the few entries whose neighbourhood differs: another layer answers their key and protocol with another
 * route, or the previous snapshot lacks them or routes them elsewhere. Holds only longs, a few per entry.
 */
final class NeighbourIndex {

    private final LongArrayList ids = new LongArrayList();
    private final LongArrayList identities = new LongArrayList();
    private final LongArrayList lookups = new LongArrayList();
    private final LongArrayList routes = new LongArrayList();
    private final LongLongHashMap firstRouteByLookup = new LongLongHashMap();
    private final LongHashSet conflictingLookups = new LongHashSet();
    private final LongLongHashMap previousByIdentity = new LongLongHashMap();
    private final LongLongHashMap previousByIdentityAndRoute = new LongLongHashMap();
    private boolean hasPrevious;

    /** Records one entry of the scanned snapshot; called in entry order. */
    void add(long id, long identity, long lookup, long route) {
        ids.add(id);
        identities.add(identity);
        lookups.add(lookup);
        routes.add(route);
        // conflicts found as entries arrive, while the rules still run, not by sorting all lookups afterwards
        int slot = firstRouteByLookup.indexOf(lookup);
        if (!firstRouteByLookup.indexExists(slot)) {
            firstRouteByLookup.indexInsert(slot, lookup, route);
        } else if (firstRouteByLookup.indexGet(slot) != route) {
            conflictingLookups.add(lookup);
        }
    }

    /** Records one entry of the previous snapshot. */
    void addPrevious(long id, String layer, String protocol, String key, String target, Integer port) {
        hasPrevious = true;
        long identity = EntryKeys.identity(layer, protocol, key);
        previousByIdentity.putIfAbsent(identity, id);
        previousByIdentityAndRoute.putIfAbsent(EntryKeys.mix(identity, EntryKeys.route(target, port)), id);
    }

    /** Marks that a previous snapshot exists even if it was empty. */
    void previousExists() {
        hasPrevious = true;
    }

    /** What the neighbour pass has to look at. */
    record Candidates(long[] entryIds, LongObjectHashMap<long[]> lookupGroups, LongLongHashMap previousIdByEntry) {

        /** Every entry id to read: candidates and the members of their lookup groups. */
        List<Long> currentIdsToRead() {
            TreeSet<Long> all = new TreeSet<>();
            for (long id : entryIds) {
                all.add(id);
            }
            for (var group : lookupGroups) {
                for (long id : group.value) {
                    all.add(id);
                }
            }
            return new ArrayList<>(all);
        }

        List<Long> previousIdsToRead() {
            List<Long> out = new ArrayList<>();
            for (var p : previousIdByEntry) {
                out.add(p.value);
            }
            return out;
        }

        /**
         * The candidates from index {@code from} (inclusive) to {@code to} (exclusive), with the lookup groups they
         * belong to (whole, so every sibling is read) and their previous entries: a part the neighbour pass can read
         * into memory by itself.
         */
        Candidates slice(int from, int to) {
            long[] part = Arrays.copyOfRange(entryIds, from, to);
            LongObjectHashMap<long[]> groups = new LongObjectHashMap<>();
            for (var group : lookupGroups) {
                for (long id : group.value) {
                    if (Arrays.binarySearch(part, id) >= 0) {
                        groups.put(group.key, group.value);
                        break;
                    }
                }
            }
            LongLongHashMap previous = new LongLongHashMap();
            for (long id : part) {
                long previousId = previousIdByEntry.getOrDefault(id, -1);
                if (previousId >= 0) {
                    previous.put(id, previousId);
                }
            }
            return new Candidates(part, groups, previous);
        }
    }

    Candidates candidates() {
        int n = ids.size();
        LongHashSet candidates = new LongHashSet();
        LongLongHashMap previousIdByEntry = new LongLongHashMap();
        if (hasPrevious) {
            for (int i = 0; i < n; i++) {
                long identity = identities.get(i);
                long sameRoute = previousByIdentityAndRoute.getOrDefault(EntryKeys.mix(identity, routes.get(i)), -1);
                if (sameRoute < 0) {
                    candidates.add(ids.get(i)); // new, or routed elsewhere before
                }
            }
        }
        LongObjectHashMap<long[]> groups = conflictingGroups();
        for (var group : groups) {
            for (long id : group.value) {
                candidates.add(id);
            }
        }
        if (hasPrevious) {
            for (int i = 0; i < n; i++) {
                long id = ids.get(i);
                if (!candidates.contains(id)) {
                    continue;
                }
                long identity = identities.get(i);
                long previous = previousByIdentityAndRoute.getOrDefault(EntryKeys.mix(identity, routes.get(i)), -1);
                if (previous < 0) {
                    previous = previousByIdentity.getOrDefault(identity, -1);
                }
                if (previous >= 0) {
                    previousIdByEntry.put(id, previous);
                }
            }
        }
        long[] sorted = candidates.toArray();
        Arrays.sort(sorted);
        return new Candidates(sorted, groups, previousIdByEntry);
    }

    boolean hasPrevious() {
        return hasPrevious;
    }

    /** Lookup groups (key and protocol) answered by more than one route: their member entry ids. */
    private LongObjectHashMap<long[]> conflictingGroups() {
        LongObjectHashMap<LongArrayList> members = new LongObjectHashMap<>();
        if (!conflictingLookups.isEmpty()) {
            for (int i = 0; i < ids.size(); i++) {
                long lookup = lookups.get(i);
                if (conflictingLookups.contains(lookup)) {
                    LongArrayList list = members.get(lookup);
                    if (list == null) {
                        list = new LongArrayList();
                        members.put(lookup, list);
                    }
                    list.add(ids.get(i));
                }
            }
        }
        LongObjectHashMap<long[]> out = new LongObjectHashMap<>();
        for (var group : members) {
            out.put(group.key, group.value.toArray());
        }
        return out;
    }

    /** The lookup hash the index filed {@code entry} under. */
    static long lookupOf(Entry entry) {
        return EntryKeys.lookup(entry);
    }
}
