package dev.trash.spi;

import dev.trash.ItemRef;
import dev.trash.PurgeClaim;
import dev.trash.PurgedItem;
import dev.trash.TrashEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Storage verbs for Trash entries and the subtrees they hold. Each subtree verb is set-based in a SQL
 * adapter: its cost in statements depends on the depth of the type hierarchy, not on the number of rows.
 */
public interface EntryStore {

    /** Stores a new entry (its id is ignored) and returns it with the id the store assigned. */
    TrashEntry insertEntry(TrashEntry entry);

    /** Marks the root and every active descendant with the entry's id; returns what it marked. */
    SubtreeTotals markActiveSubtree(String tenant, ItemRef root, long entryId);

    /** Stores the totals of an entry after its cascade. */
    void updateEntryTotals(String tenant, long entryId, long sizeBytes, long cascadedCount);

    /** The entry with this id in the tenant. */
    Optional<TrashEntry> findEntry(String tenant, long entryId);

    /** Clears the mark of exactly the items that carry the entry's id; returns how many. */
    long unmarkEntry(String tenant, long entryId);

    /** Removes the entry row (its items were unmarked or purged). */
    void deleteEntry(String tenant, long entryId);

    /**
     * Entries nested directly in an entry: those whose root's parent carries {@code entryId}. These are the
     * items trashed on their own before the entry's cascade reached them; entries nested deeper are found by
     * asking again with their ids.
     */
    List<TrashEntry> entriesNestedIn(String tenant, long entryId);

    /**
     * {@link #entriesNestedIn(String, long)} for several entries at once, in one query in a SQL adapter. An
     * entry among {@code entryIds} that is nested in another of them is returned too.
     */
    default List<TrashEntry> entriesNestedIn(String tenant, Collection<Long> entryIds) {
        List<TrashEntry> nested = new ArrayList<>();
        for (long id : entryIds) {
            nested.addAll(entriesNestedIn(tenant, id));
        }
        return nested;
    }

    /**
     * Removes the items that carry the entry's id, writing a tombstone per item; drops the removed owners'
     * asset links and, when the entry is flagged, removes (with tombstones) the active assets those owners
     * referenced that are left with no owner. Does not remove the entry row. The core purges nested entries
     * first, so the marked items are then the root's whole remaining subtree. A flagged purge also records,
     * with the entry's id, the assets it kept because another owner still referenced them: once their last
     * owner is gone, {@link #purgeOrphanedAssets} removes them.
     */
    PurgeTotals purgeSubtree(String tenant, TrashEntry entry);

    /**
     * Purges several entries of a tenant as {@link #purgeSubtree} then {@link #deleteEntry} would, one entry
     * after the other in the given order (the core orders nested entries before the entries that hold them),
     * and returns each entry's totals in that order. A SQL adapter does the whole batch with a fixed number
     * of statements, so a sweep's cost in round trips does not grow with its batch size.
     */
    default List<PurgeTotals> purgeEntries(String tenant, List<TrashEntry> entries) {
        List<PurgeTotals> totals = new ArrayList<>(entries.size());
        for (TrashEntry entry : entries) {
            totals.add(purgeSubtree(tenant, entry));
            deleteEntry(tenant, entry.id());
        }
        return totals;
    }

    /** A page of the tenant's entries, newest first, after {@code after} (exclusive, null for the first). */
    List<TrashEntry> listEntries(String tenant, String typeOrNull, EntryKey after, int limit);

    /** How many entries the tenant's Trash holds, of a type or of all. */
    long countEntries(String tenant, String typeOrNull);

    /** The entry, locked against concurrent changes until the transaction ends (SELECT ... FOR UPDATE). */
    Optional<TrashEntry> lockEntry(String tenant, long entryId);

    /** {@link #lockEntry} for several entries: those that still exist, locked, in the order of {@code entryIds}. */
    default List<TrashEntry> lockEntries(String tenant, List<Long> entryIds) {
        List<TrashEntry> locked = new ArrayList<>(entryIds.size());
        for (long id : entryIds) {
            lockEntry(tenant, id).ifPresent(locked::add);
        }
        return locked;
    }

    /**
     * Claims up to {@code limit} entries of every tenant that are due at {@code now} (scheduledCleanupAt at or
     * before it) and either unclaimed or claimed under a lease that has run out, oldest cleanup first; stores
     * {@code claim} on them and returns them with it. Entries another transaction holds locked are skipped,
     * not waited for (FOR UPDATE SKIP LOCKED, or an equivalent guarded update).
     */
    List<TrashEntry> claimDueEntries(Instant now, PurgeClaim claim, int limit);

    /**
     * Removes up to {@code limit} assets recorded by earlier flagged purges that are now active and have no
     * owner left, each with a tombstone under the recorded entry's id, and forgets them; forgets recorded
     * assets that are gone or in Trash on their own. Returns the tombstones written.
     */
    List<PurgedItem> purgeOrphanedAssets(int limit);

    /** Tombstones of a purged entry, ordered by type then id, after {@code after} (exclusive). */
    List<PurgedItem> purgedItems(String tenant, long entryId, ItemRef after, int limit);

    /** Drops the tombstones of an entry once every listener has its purge. */
    void deletePurgedItems(String tenant, long entryId);

    /** {@link #deletePurgedItems(String, long)} for several entries of a tenant. */
    default void deletePurgedItems(String tenant, Collection<Long> entryIds) {
        for (long id : entryIds) {
            deletePurgedItems(tenant, id);
        }
    }
}
