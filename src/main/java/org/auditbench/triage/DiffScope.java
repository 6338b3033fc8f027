package org.auditbench.triage;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.auditbench.model.Snapshot;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;

/**
 * The two snapshots of one source a comparison covers. Snapshots are named by id or by label; left out,
 * "to" is the source's newest snapshot and "from" the one before it.
 */
public record DiffScope(Snapshot from, Snapshot to) {

    /**
     * Resolves the snapshots to compare.
     *
     * @param fromSpec   snapshot id or label, or null for the one before {@code to}
     * @param toSpec     snapshot id or label, or null for the newest of the source
     * @param sourceName the source, needed only when neither snapshot is named and there are several sources
     */
    public static DiffScope resolve(Workspace ws, String fromSpec, String toSpec, String sourceName)
            throws TriageException, WorkspaceException {
        List<Snapshot> all = ws.snapshots().all();
        if (all.isEmpty()) {
            throw new TriageException(ws.file() + " has no snapshots yet; import a source first");
        }
        Snapshot to;
        if (toSpec != null) {
            to = find(all, toSpec, sourceName);
        } else if (fromSpec != null && sourceName == null) {
            Snapshot from = find(all, fromSpec, null);
            to = newest(all, from.sourceName());
        } else {
            to = newest(all, sourceName == null ? onlySource(all) : sourceName);
        }
        Snapshot from;
        if (fromSpec != null) {
            from = find(all, fromSpec, sourceName);
        } else {
            from = all.stream().filter(s -> s.sourceId() == to.sourceId() && s.id() < to.id())
                    .max(Comparator.comparingLong(Snapshot::id)).orElseThrow(() -> new TriageException("source '"
                            + to.sourceName() + "' has no snapshot before snapshot " + to.id() + "; nothing to compare"));
        }
        if (from.sourceId() != to.sourceId()) {
            throw new TriageException("snapshot " + from.id() + " is of source '" + from.sourceName() + "' but snapshot "
                    + to.id() + " is of source '" + to.sourceName() + "'; compare snapshots of the same source");
        }
        if (from.id() == to.id()) {
            throw new TriageException("both sides are snapshot " + from.id() + "; name two different snapshots");
        }
        return new DiffScope(from, to);
    }

    private static Snapshot find(List<Snapshot> all, String spec, String sourceName) throws TriageException {
        String s = spec.strip();
        if (s.matches("\\d+")) {
            long id = Long.parseLong(s);
            Optional<Snapshot> byId = all.stream().filter(x -> x.id() == id).findFirst();
            if (byId.isPresent()) {
                return checkSource(byId.get(), sourceName);
            }
        }
        List<Snapshot> labelled = all.stream().filter(x -> s.equals(x.label()))
                .filter(x -> sourceName == null || x.sourceName().equals(sourceName)).toList();
        if (labelled.size() == 1) {
            return labelled.get(0);
        }
        if (labelled.size() > 1) {
            throw new TriageException("label '" + s + "' names " + labelled.size() + " snapshots ("
                    + labelled.stream().map(x -> x.id() + " of " + x.sourceName()).collect(Collectors.joining(", "))
                    + "); name one by id");
        }
        throw new TriageException("there is no snapshot '" + s + "' (by id or label)"
                + (sourceName == null ? "" : " of source '" + sourceName + "'") + "; snapshots: " + describe(all));
    }

    private static Snapshot checkSource(Snapshot snapshot, String sourceName) throws TriageException {
        if (sourceName != null && !snapshot.sourceName().equals(sourceName)) {
            throw new TriageException("snapshot " + snapshot.id() + " is of source '" + snapshot.sourceName()
                    + "', not '" + sourceName + "'");
        }
        return snapshot;
    }

    private static Snapshot newest(List<Snapshot> all, String sourceName) throws TriageException {
        return all.stream().filter(s -> s.sourceName().equals(sourceName)).max(Comparator.comparingLong(Snapshot::id))
                .orElseThrow(() -> new TriageException("there is no source '" + sourceName + "'; sources: "
                        + all.stream().map(Snapshot::sourceName).distinct().sorted().collect(Collectors.joining(", "))));
    }

    private static String onlySource(List<Snapshot> all) throws TriageException {
        List<String> sources = all.stream().map(Snapshot::sourceName).distinct().sorted().toList();
        if (sources.size() > 1) {
            throw new TriageException("the workspace holds several sources (" + String.join(", ", sources)
                    + "); name one with --source, or name the snapshots");
        }
        return sources.get(0);
    }

    private static String describe(List<Snapshot> all) {
        return all.stream().map(x -> x.id() + (x.label() == null ? "" : " (" + x.label() + ")") + " of " + x.sourceName())
                .collect(Collectors.joining(", "));
    }
}
