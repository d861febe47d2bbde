package dev.trash;

import java.time.Instant;

/**
 * One root in Trash: the item the user trashed, with what its cascade moved.
 *
 * @param id the store's id of the entry; every item the cascade moved carries it
 * @param tenant the workspace
 * @param root the trashed item
 * @param rootName the trashed item's name at the time
 * @param parent the root's owning parent, or {@code null}
 * @param deletedAt when it was trashed
 * @param deletedBy who trashed it
 * @param reason why, as the caller said, or {@code null}
 * @param scheduledCleanupAt when the sweeper may purge it: deletedAt plus the retention at trash time
 * @param sizeBytes bytes of the root and of the descendants its cascade moved
 * @param cascadedCount descendants at every depth its cascade moved (the root, nested entries and assets not counted)
 * @param deleteExclusiveAssets whether its purge also deletes the assets left with no other owner
 * @param claim the sweeper's claim while the entry is being purged, else {@code null}
 */
public record TrashEntry(
        long id,
        String tenant,
        ItemRef root,
        String rootName,
        ItemRef parent,
        Instant deletedAt,
        String deletedBy,
        String reason,
        Instant scheduledCleanupAt,
        long sizeBytes,
        long cascadedCount,
        boolean deleteExclusiveAssets,
        PurgeClaim claim) {

    /** Where an entry is in its life: in Trash, then claimed by a sweeper and being purged. */
    public enum Status {
        /** In Trash: restorable. */
        TRASHED,
        /** Claimed by a sweeper: no longer restorable, still listed until the purge commits. */
        PURGING
    }

    /** Whether the sweeper may purge it at {@code now}: due means now &gt;= scheduledCleanupAt. */
    public boolean isDueAt(Instant now) {
        return !now.isBefore(scheduledCleanupAt);
    }

    /** TRASHED, or PURGING while a sweeper holds a claim on it. */
    public Status status() {
        return claim == null ? Status.TRASHED : Status.PURGING;
    }

    /** The same entry with the totals its cascade produced. */
    public TrashEntry withTotals(long newSizeBytes, long newCascadedCount) {
        return new TrashEntry(id, tenant, root, rootName, parent, deletedAt, deletedBy, reason,
                scheduledCleanupAt, newSizeBytes, newCascadedCount, deleteExclusiveAssets, claim);
    }

    /** The same entry with the store-assigned id. */
    public TrashEntry withId(long newId) {
        return new TrashEntry(newId, tenant, root, rootName, parent, deletedAt, deletedBy, reason,
                scheduledCleanupAt, sizeBytes, cascadedCount, deleteExclusiveAssets, claim);
    }

    /** The same entry claimed by a sweeper, or released with {@code null}. */
    public TrashEntry withClaim(PurgeClaim newClaim) {
        return new TrashEntry(id, tenant, root, rootName, parent, deletedAt, deletedBy, reason,
                scheduledCleanupAt, sizeBytes, cascadedCount, deleteExclusiveAssets, newClaim);
    }
}
