package dev.trash.internal;

import dev.trash.BeforePurgeHook;
import dev.trash.PurgeBatch;
import dev.trash.TrashEntry;
import dev.trash.spi.PurgeTotals;
import dev.trash.spi.TrashTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes entries for good, with the entries nested below their roots (rule 6). Shared by purge on request,
 * empty Trash and the sweeper, so the three cannot disagree.
 */
final class EntryPurger {

    private EntryPurger() {
    }

    /** Purges one locked entry; see {@link #purgeAll}. */
    static PurgeTally purge(TrashTransaction tx, List<BeforePurgeHook> hooks, TrashEntry entry, String actor,
                            Instant now, Set<String> unrecordedTypes) {
        return purgeAll(tx, hooks, entry.tenant(), List.of(entry), actor, now, unrecordedTypes);
    }

    /**
     * Purges locked entries of one tenant and every entry nested below them, deepest first, each with its own
     * event, so that no item is ever left whose parent is gone and each tombstone belongs to the entry that
     * held the item. The nesting is walked a level at a time for the whole batch, and the batch is purged in
     * one call, so the round trips depend on the depth of the nesting, not on the number of entries. The
     * purge hooks run first, with every id the batch is about to delete. Items of {@code unrecordedTypes}
     * (the catalogue's {@code typesWithoutPurgeRecords}) get no tombstone.
     */
    static PurgeTally purgeAll(TrashTransaction tx, List<BeforePurgeHook> hooks, String tenant,
                               List<TrashEntry> entries, String actor, Instant now, Set<String> unrecordedTypes) {
        List<List<TrashEntry>> levels = new ArrayList<>();
        List<TrashEntry> level = entries;
        while (!level.isEmpty()) {
            levels.add(level);
            List<Long> nested = tx.entriesNestedIn(tenant, ids(level)).stream().map(TrashEntry::id).distinct().toList();
            // top-down, as every purge and restore locks, so that none of them deadlock
            level = nested.isEmpty() ? List.of() : tx.lockEntries(tenant, nested);
        }
        // an entry of the batch may also be nested in another one: it goes once, at its deepest level
        Map<Long, TrashEntry> deepestFirst = new LinkedHashMap<>();
        for (int depth = levels.size() - 1; depth >= 0; depth--) {
            for (TrashEntry entry : levels.get(depth)) {
                deepestFirst.putIfAbsent(entry.id(), entry);
            }
        }
        List<TrashEntry> doomed = List.copyOf(deepestFirst.values());
        runHooks(tx, hooks, tenant, doomed);
        List<PurgeTotals> totals = tx.purgeEntries(tenant, doomed, unrecordedTypes);
        PurgeTally tally = new PurgeTally(true);
        for (int i = 0; i < doomed.size(); i++) {
            TrashEntry entry = doomed.get(i);
            PurgeTotals t = totals.get(i);
            EventRecorder.recordPurge(tx, entry, actor, now, t);
            tally.add(entry, t);
        }
        return tally;
    }

    /** The ids are read only when a hook wants them: a sweep without hooks costs no extra query. */
    private static void runHooks(TrashTransaction tx, List<BeforePurgeHook> hooks, String tenant,
                                 List<TrashEntry> doomed) {
        if (hooks.isEmpty()) {
            return;
        }
        PurgeBatch batch = new PurgeBatch(tenant, tx.itemIdsOfEntries(tenant, ids(doomed)), tx);
        for (BeforePurgeHook hook : hooks) {
            hook.beforePurge(batch);
        }
    }

    private static List<Long> ids(List<TrashEntry> entries) {
        return entries.stream().map(TrashEntry::id).toList();
    }
}
