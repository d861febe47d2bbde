package dev.trash.internal;

import dev.trash.TrashEntry;
import dev.trash.TrashEvent;
import dev.trash.spi.PurgeTotals;
import dev.trash.spi.TrashTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes an entry for good, with the entries nested below its root (rule 6). Shared by purge on request,
 * empty Trash and the sweeper, so the three cannot disagree.
 */
final class EntryPurger {

    private EntryPurger() {
    }

    /**
     * Purges the nested entries deepest first, each with its own event, then the entry itself, so that no
     * item is ever left whose parent is gone and each tombstone belongs to the entry that held the item.
     */
    static PurgeTally purge(TrashTransaction tx, TrashEntry entry, String actor, Instant now) {
        List<List<TrashEntry>> levels = new ArrayList<>();
        List<TrashEntry> level = List.of(entry);
        while (!level.isEmpty()) {
            levels.add(level);
            List<TrashEntry> next = new ArrayList<>();
            for (TrashEntry outer : level) {
                for (TrashEntry nested : tx.entriesNestedIn(outer.tenant(), outer.id())) {
                    // top-down, as every purge and restore locks, so that none of them deadlock
                    tx.lockEntry(nested.tenant(), nested.id()).ifPresent(next::add);
                }
            }
            level = next;
        }
        PurgeTally tally = new PurgeTally(true);
        for (int depth = levels.size() - 1; depth >= 0; depth--) {
            for (TrashEntry doomed : levels.get(depth)) {
                purgeOne(tx, doomed, actor, now, tally);
            }
        }
        return tally;
    }

    private static void purgeOne(TrashTransaction tx, TrashEntry entry, String actor, Instant now, PurgeTally tally) {
        PurgeTotals totals = tx.purgeSubtree(entry.tenant(), entry);
        tx.deleteEntry(entry.tenant(), entry.id());
        EventRecorder.record(tx, TrashEvent.Kind.PURGED, entry, actor, now,
                totals.itemCount(), totals.sizeBytes() + totals.assetBytes(), totals.assetCount());
        tally.add(entry, totals);
    }
}
