package org.auditbench.rules.api;

import java.util.List;
import java.util.Optional;
import org.auditbench.model.Entry;

/**
 * What the rule engine knows about the other entries around one entry: the entries of the same snapshot
 * that answer for the same key and protocol in other layers, and the previous complete snapshot of the
 * same source. Built by the engine for each scanned snapshot; rules only read it, so they stay stateless.
 * Only rules that say {@link Rule#needsNeighbourhood()} may rely on it.
 */
public interface Neighbourhood {

    /** A neighbourhood that knows nothing: no other layers, no previous snapshot. */
    Neighbourhood NONE = new Neighbourhood() {
        @Override
        public List<Entry> layerSiblings(Entry entry) {
            return List.of(entry);
        }

        @Override
        public Optional<String> previousSnapshot() {
            return Optional.empty();
        }

        @Override
        public Optional<Entry> previous(Entry entry) {
            return Optional.empty();
        }
    };

    /**
     * Every entry of the snapshot answering for the same key and protocol as {@code entry}, itself
     * included, in lookup order (the policy's {@code layers}); a single-element list when no other layer
     * answers for it.
     */
    List<Entry> layerSiblings(Entry entry);

    /** How the previous complete snapshot of the same source is called, e.g. {@code snapshot 3 (2026Q3)}; empty when this is the first. */
    Optional<String> previousSnapshot();

    /**
     * The entry of the previous snapshot with the same layer, protocol and key; when that snapshot holds
     * several, the one with the same route if there is one. Empty when there is none (or no previous snapshot).
     */
    Optional<Entry> previous(Entry entry);
}
