package org.auditbench.workspace;

import java.time.LocalDate;
import java.util.Arrays;
import org.auditbench.model.Entry;
import org.auditbench.model.KeyKind;
import org.auditbench.model.TargetKind;

/**
 * Turns entries into the texts and shape numbers a snapshot stores ({@link EncodedEntry}). A snapshot has exactly one
 * ({@link SnapshotWriter#encoder()}), because it hands out the snapshot's shape numbers; it is not thread-safe, so one
 * thread at a time encodes — an import's mapping thread, while the writing thread only binds what it made.
 */
public final class EntryEncoder {

    private static final String[] KEY_KIND_IDS = Arrays.stream(KeyKind.values()).map(KeyKind::id)
            .toArray(String[]::new);
    private static final String[] TARGET_KIND_IDS = Arrays.stream(TargetKind.values()).map(TargetKind::id)
            .toArray(String[]::new);

    private final EntryShapes shapes;
    private final StoredFactsCache targetFacts = new StoredFactsCache();

    EntryEncoder(EntryShapes shapes) {
        this.shapes = shapes;
    }

    public EncodedEntry encode(Entry e) {
        EntryShapes.Shape shape = new EntryShapes.Shape(e, KEY_KIND_IDS[e.keyKind().ordinal()],
                TARGET_KIND_IDS[e.targetKind().ordinal()], targetFacts.encode(e.targetFacts(), e.target()));
        long number = shapes.known(shape);
        EntryShapes.Shape newShape = null;
        if (number == EntryShapes.UNKNOWN) {
            number = shapes.add(shape);
            newShape = shape;
        }
        return new EncodedEntry(e.sourceRow(), e.domain(), e.address(), e.justification(), date(e.created()),
                date(e.expires()), date(e.reviewed()), Json.writeFlat(e.extra()),
                StoredFacts.encode(e.domainFacts(), e.domain()), number, newShape);
    }

    private static String date(LocalDate value) {
        return value == null ? null : dateText(value);
    }

    /**
     * ISO text of a date, written digit by digit: LocalDate.toString (and even a cache of its results)
     * was a measurable share of an import's writing thread. Years outside 0..9999 take the general path.
     */
    static String dateText(LocalDate date) {
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            return date.toString();
        }
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        char[] c = {(char) ('0' + year / 1000), (char) ('0' + year / 100 % 10), (char) ('0' + year / 10 % 10),
                (char) ('0' + year % 10), '-', (char) ('0' + month / 10), (char) ('0' + month % 10), '-',
                (char) ('0' + day / 10), (char) ('0' + day % 10)};
        return new String(c);
    }
}
