package org.auditbench.triage;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.auditbench.model.Entry;
import org.auditbench.workspace.ComparisonDao.Row;
import org.auditbench.workspace.ComparisonDao.RowCursor;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;

/**
 * Compares two snapshots of one source entry by entry. Entries are matched by identity — key (address or
 * domain), protocol and layer; an entry with the same identity but a different target, port, owner,
 * justification or expiry is changed. Both snapshots stream in identity order (only the compared fields) and
 * are merged in one pass, so only the entries of one identity are held at a time; the full entries of each
 * change are then read by id. Where several entries share an identity (two MX targets), identical ones pair
 * first, then ones with the same target, then the rest in source order.
 */
public final class SnapshotDiff {

    /** The fields whose difference makes an entry "changed", in the order they are reported. */
    public static final List<String> COMPARED_FIELDS = List.of("target", "port", "owner", "justification", "expires");

    /** Receives changes in identity order. */
    @FunctionalInterface
    public interface ChangeConsumer<X extends Exception> {
        void accept(EntryChange change) throws X;
    }

    private SnapshotDiff() {
    }

    public static <X extends Exception> DiffCounts compare(Workspace ws, long fromSnapshot, long toSnapshot,
                                                           ChangeConsumer<X> out) throws WorkspaceException, X {
        long[] counts = new long[4];
        Emitter<X> emit = new Emitter<>(ws, out);
        try (RowCursor before = ws.comparisons().inIdentityOrder(fromSnapshot);
             RowCursor after = ws.comparisons().inIdentityOrder(toSnapshot)) {
            Group left = new Group(before);
            Group right = new Group(after);
            left.advance();
            right.advance();
            while (!left.isEmpty() || !right.isEmpty()) {
                int order = left.isEmpty() ? 1 : right.isEmpty() ? -1 : compareIdentity(left.first(), right.first());
                List<Row> olds = order <= 0 ? left.take() : List.of();
                List<Row> news = order >= 0 ? right.take() : List.of();
                match(olds, news, emit, counts);
                if (order <= 0) {
                    left.advance();
                }
                if (order >= 0) {
                    right.advance();
                }
            }
            emit.flush();
        }
        return new DiffCounts(counts[0], counts[1], counts[2], counts[3]);
    }

    /** The fields of {@link #COMPARED_FIELDS} in which two entries differ. */
    public static List<String> differences(Entry a, Entry b) {
        return differing(new Object[] {a.target(), a.port(), a.owner(), a.justification(), a.expires()},
                new Object[] {b.target(), b.port(), b.owner(), b.justification(), b.expires()});
    }

    private static List<String> differences(Row a, Row b) {
        return differing(new Object[] {a.target(), a.port(), a.owner(), a.justification(), a.expires()},
                new Object[] {b.target(), b.port(), b.owner(), b.justification(), b.expires()});
    }

    /** Names of {@link #COMPARED_FIELDS} whose values, given in that order, differ. */
    private static List<String> differing(Object[] a, Object[] b) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < COMPARED_FIELDS.size(); i++) {
            if (!Objects.equals(a[i], b[i])) {
                fields.add(COMPARED_FIELDS.get(i));
            }
        }
        return fields;
    }

    /** Orders rows like {@code ComparisonDao}: key, protocol, layer, by code point, missing as "". */
    static int compareIdentity(Row a, Row b) {
        int c = compareCodePoints(a.key(), b.key());
        if (c == 0) {
            c = compareCodePoints(a.protocol(), b.protocol());
        }
        if (c == 0) {
            c = compareCodePoints(a.layer(), b.layer());
        }
        return c;
    }

    static int compareCodePoints(String a, String b) {
        String x = a == null ? "" : a;
        String y = b == null ? "" : b;
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int cx = x.codePointAt(i);
            int cy = y.codePointAt(j);
            if (cx != cy) {
                return Integer.compare(cx, cy);
            }
            i += Character.charCount(cx);
            j += Character.charCount(cy);
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }

    private static <X extends Exception> void match(List<Row> olds, List<Row> news, Emitter<X> out, long[] counts)
            throws WorkspaceException, X {
        List<Row> left = new ArrayList<>(olds);
        List<Row> right = new ArrayList<>(news);
        counts[3] += pairOff(left, right, (a, b) -> differences(a, b).isEmpty(), null, counts);
        pairOff(left, right, (a, b) -> Objects.equals(a.target(), b.target()), out, counts);
        pairOff(left, right, (a, b) -> true, out, counts);
        for (Row removed : left) {
            counts[1]++;
            out.emit(ChangeKind.REMOVED, removed, null, List.of());
        }
        for (Row added : right) {
            counts[0]++;
            out.emit(ChangeKind.ADDED, null, added, List.of());
        }
    }

    /**
     * Removes pairs that satisfy {@code same} from both lists, in order; reports them as changed unless
     * {@code out} is null (identical pairs). Returns how many pairs.
     */
    private static <X extends Exception> long pairOff(List<Row> left, List<Row> right, BiPredicate<Row, Row> same,
                                                      Emitter<X> out, long[] counts) throws WorkspaceException, X {
        long pairs = 0;
        for (Iterator<Row> l = left.iterator(); l.hasNext(); ) {
            Row a = l.next();
            for (Iterator<Row> r = right.iterator(); r.hasNext(); ) {
                Row b = r.next();
                if (same.test(a, b)) {
                    l.remove();
                    r.remove();
                    pairs++;
                    if (out != null) {
                        counts[2]++;
                        out.emit(ChangeKind.CHANGED, a, b, differences(a, b));
                    }
                    break;
                }
            }
        }
        return pairs;
    }

    /**
     * Reads the full entries of changes and hands them on, in order. The entries are read {@value #BATCH} changes at
     * a time with one query: reading them one by one prepared a statement on the view {@code entries} per change,
     * which made a diff of half a million changes 7 s slower (schema V12).
     */
    private static final class Emitter<X extends Exception> {
        private static final int BATCH = 500;
        private final Workspace ws;
        private final ChangeConsumer<X> out;
        private final List<Pending> pending = new ArrayList<>();

        Emitter(Workspace ws, ChangeConsumer<X> out) {
            this.ws = ws;
            this.out = out;
        }

        void emit(ChangeKind kind, Row before, Row after, List<String> fields) throws WorkspaceException, X {
            pending.add(new Pending(kind, before, after, fields));
            if (pending.size() >= BATCH) {
                flush();
            }
        }

        void flush() throws WorkspaceException, X {
            List<Long> ids = new ArrayList<>();
            for (Pending p : pending) {
                if (p.before() != null) {
                    ids.add(p.before().id());
                }
                if (p.after() != null) {
                    ids.add(p.after().id());
                }
            }
            Map<Long, Entry> read = ws.entries().byIds(ids);
            for (Pending p : pending) {
                out.accept(new EntryChange(p.kind(), entry(read, p.before()), entry(read, p.after()), p.fields()));
            }
            pending.clear();
        }

        private static Entry entry(Map<Long, Entry> read, Row row) throws WorkspaceException {
            if (row == null) {
                return null;
            }
            Entry entry = read.get(row.id());
            if (entry == null) {
                throw new WorkspaceException("entry " + row.id() + " vanished while snapshots were being compared");
            }
            return entry;
        }

        private record Pending(ChangeKind kind, Row before, Row after, List<String> fields) {
        }
    }

    /** The rows of one identity at the head of a cursor, with one row of look-ahead. */
    private static final class Group {
        private final RowCursor cursor;
        private final List<Row> entries = new ArrayList<>();
        private Row next;
        private boolean started;

        Group(RowCursor cursor) {
            this.cursor = cursor;
        }

        void advance() throws WorkspaceException {
            entries.clear();
            if (!started) {
                next = cursor.next();
                started = true;
            }
            if (next == null) {
                return;
            }
            Row first = next;
            entries.add(first);
            while ((next = cursor.next()) != null && compareIdentity(first, next) == 0) {
                entries.add(next);
            }
        }

        boolean isEmpty() {
            return entries.isEmpty();
        }

        Row first() {
            return entries.get(0);
        }

        List<Row> take() {
            return List.copyOf(entries);
        }
    }
}
