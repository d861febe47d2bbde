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
 * @param purgeFailure why the sweeper's last attempt to purge it failed, else {@code null}; the entry stays
 *     restorable and the sweeper retries it from {@link PurgeFailure#nextAttemptAt()}
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
        PurgeClaim claim,
        PurgeFailure purgeFailure) {

    /**
     * An entry without a recorded purge failure.
     */
    public TrashEntry(long id, String tenant, ItemRef root, String rootName, ItemRef parent, Instant deletedAt,
                      String deletedBy, String reason, Instant scheduledCleanupAt, long sizeBytes,
                      long cascadedCount, boolean deleteExclusiveAssets, PurgeClaim claim) {
        this(id, tenant, root, rootName, parent, deletedAt, deletedBy, reason, scheduledCleanupAt, sizeBytes,
                cascadedCount, deleteExclusiveAssets, claim, null);
    }

    /** Where an entry is in its life: in Trash, then claimed by a sweeper and being purged. */
    public enum Status {
        /** In Trash: restorable. */
        TRASHED,
        /** Claimed by a sweeper: no longer restorable, still listed until the purge commits. */
        PURGING,
        /**
         * In Trash and restorable, but the sweeper's last purge of it failed ({@link #purgeFailure()} says
         * why); the sweeper tries again from the failure's next attempt time.
         */
        PURGE_FAILED
    }

    /** Whether the sweeper may purge it at {@code now}: due means now &gt;= scheduledCleanupAt. */
    public boolean isDueAt(Instant now) {
        return !now.isBefore(scheduledCleanupAt);
    }

    /** PURGING while a sweeper holds a claim on it, else PURGE_FAILED after a failed purge, else TRASHED. */
    public Status status() {
        if (claim != null) {
            return Status.PURGING;
        }
        return purgeFailure == null ? Status.TRASHED : Status.PURGE_FAILED;
    }

    /** The same entry with the totals its cascade produced. */
    public TrashEntry withTotals(long newSizeBytes, long newCascadedCount) {
        return new TrashEntry(id, tenant, root, rootName, parent, deletedAt, deletedBy, reason,
                scheduledCleanupAt, newSizeBytes, newCascadedCount, deleteExclusiveAssets, claim, purgeFailure);
    }

    /** The same entry with the store-assigned id. */
    public TrashEntry withId(long newId) {
        return new TrashEntry(newId, tenant, root, rootName, parent, deletedAt, deletedBy, reason,
                scheduledCleanupAt, sizeBytes, cascadedCount, deleteExclusiveAssets, claim, purgeFailure);
    }

    /** The same entry claimed by a sweeper, or released with {@code null}. */
    public TrashEntry withClaim(PurgeClaim newClaim) {
        return new TrashEntry(id, tenant, root, rootName, parent, deletedAt, deletedBy, reason,
                scheduledCleanupAt, sizeBytes, cascadedCount, deleteExclusiveAssets, newClaim, purgeFailure);
    }

    /** The same entry, released by its sweeper, with the failure of its purge recorded. */
    public TrashEntry withPurgeFailure(PurgeFailure failure) {
        return new TrashEntry(id, tenant, root, rootName, parent, deletedAt, deletedBy, reason,
                scheduledCleanupAt, sizeBytes, cascadedCount, deleteExclusiveAssets, null, failure);
    }

    /** Whether a sweep may claim it at {@code now}: due, and past the next attempt of a failed purge. */
    public boolean isClaimableAt(Instant now) {
        return isDueAt(now) && (claim == null || claim.expiredAt(now))
                && (purgeFailure == null || !now.isBefore(purgeFailure.nextAttemptAt()));
    }
}
