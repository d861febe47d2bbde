package dev.trash.spi;

import dev.trash.ItemRef;
import dev.trash.PurgeClaim;
import dev.trash.PurgeFailure;
import dev.trash.PurgedItem;
import dev.trash.TrashEntry;
import dev.trash.TrashItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Storage verbs for Trash entries and the subtrees they hold. Each subtree verb is set-based in a SQL
 * adapter: its cost in statements depends on the depth of the type hierarchy, not on the number of rows.
 */
public interface EntryStore {

    /** Stores a new entry (its id is ignored) and returns it with the id the store assigned. */
    TrashEntry insertEntry(TrashEntry entry);

    /**
     * Stores several new entries (their ids are ignored) and returns them, in the given order, with the ids
     * the store assigned. A SQL adapter inserts them with one statement (a JDBC batch).
     */
    default List<TrashEntry> insertEntries(List<TrashEntry> entries) {
        List<TrashEntry> inserted = new ArrayList<>(entries.size());
        for (TrashEntry entry : entries) {
            inserted.add(insertEntry(entry));
        }
        return inserted;
    }

    /** Removes several entry rows, as {@link #deleteEntry} does each; one statement in a SQL adapter. */
    default void deleteEntries(List<TrashEntry> entries) {
        for (TrashEntry entry : entries) {
            deleteEntry(entry.tenant(), entry.id());
        }
    }

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
     * owner is gone, {@link #purgeOrphanedAsset} removes them.
     *
     * @throws dev.trash.PurgeFailedException naming the entry when something outside Trash refuses the
     *     deletion (a host foreign key)
     */
    PurgeTotals purgeSubtree(String tenant, TrashEntry entry);

    /**
     * Purges several entries of a tenant as {@link #purgeSubtree} then {@link #deleteEntry} would, one entry
     * after the other in the given order (the core orders nested entries before the entries that hold them),
     * and returns each entry's totals in that order. A SQL adapter does the whole batch with a fixed number
     * of statements, so a sweep's cost in round trips does not grow with its batch size.
     *
     * @throws dev.trash.PurgeFailedException naming the entry whose purge something outside Trash refused
     */
    default List<PurgeTotals> purgeEntries(String tenant, List<TrashEntry> entries) {
        List<PurgeTotals> totals = new ArrayList<>(entries.size());
        for (TrashEntry entry : entries) {
            totals.add(purgeSubtree(tenant, entry));
            deleteEntry(tenant, entry.id());
        }
        return totals;
    }

    /**
     * {@link #purgeEntries(String, List)} keeping no tombstone for items of {@code unrecordedTypes}, the types
     * that opted out of purge records: their purge is only its DELETEs, and {@link #purgedItems} lists none of
     * them. A store that does not override this keeps every tombstone.
     */
    default List<PurgeTotals> purgeEntries(String tenant, List<TrashEntry> entries, Set<String> unrecordedTypes) {
        return purgeEntries(tenant, entries);
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
     * before it), either unclaimed or claimed under a lease that has run out, and without a recorded purge
     * failure whose next attempt is after {@code now} ({@link TrashEntry#isClaimableAt}), oldest cleanup
     * first; stores {@code claim} on them and returns them with it. Entries another transaction holds locked
     * are skipped, not waited for (FOR UPDATE SKIP LOCKED, or an equivalent guarded update).
     */
    List<TrashEntry> claimDueEntries(Instant now, PurgeClaim claim, int limit);

    /**
     * Releases the sweeper's claim on an entry whose purge failed (the caller has it locked) and stores the
     * failure on it: the entry is back in Trash, restorable, and {@link #claimDueEntries} skips it until the
     * failure's next attempt time.
     */
    void recordPurgeFailure(String tenant, long entryId, PurgeFailure failure);

    /**
     * Up to {@code limit} assets that earlier flagged purges recorded as kept (because another owner still
     * referenced them) and that are now active, referenced by no owner and holding no children, locked.
     * Forgets recorded assets that are gone. A record ends with its asset: the store drops it when the asset
     * is moved to Trash, purged, created anew or linked to an owner, so a later item that reuses the id is
     * never taken for it.
     */
    List<TrashItem> lockOrphanedAssets(int limit);

    /**
     * Removes one asset returned by {@link #lockOrphanedAssets} if it is still active, unreferenced and
     * childless now (checked again at removal), with a tombstone under {@code entryId} (an entry the caller
     * made for this removal), and forgets its record either way. Returns the tombstone, or empty when the
     * asset was kept.
     */
    Optional<PurgedItem> purgeOrphanedAsset(String tenant, ItemRef asset, long entryId);

    /**
     * {@link #purgeOrphanedAsset} for several assets returned by {@link #lockOrphanedAssets}, each recorded
     * under the entry id at the same position of {@code entryIds}; returns, in the order of {@code assets},
     * what each removal left. A SQL adapter removes them with a fixed number of statements per asset type
     * and tenant, whatever their number.
     *
     * @throws dev.trash.PurgeFailedException when something outside Trash refuses a removal; what the call
     *     did before is then to be rolled back with the transaction
     */
    default List<Optional<PurgedItem>> purgeOrphanedAssets(List<TrashItem> assets, List<Long> entryIds) {
        if (assets.size() != entryIds.size()) {
            throw new IllegalArgumentException("one entry id per asset: " + assets.size() + " assets, "
                    + entryIds.size() + " entry ids");
        }
        List<Optional<PurgedItem>> removed = new ArrayList<>(assets.size());
        for (int i = 0; i < assets.size(); i++) {
            TrashItem asset = assets.get(i);
            removed.add(purgeOrphanedAsset(asset.tenant(), asset.ref(), entryIds.get(i)));
        }
        return removed;
    }

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
