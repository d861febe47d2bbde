package dev.trash;

import java.time.Instant;

/**
 * Something that happened to a Trash entry, written in the same atomic step as the change (an outbox) and
 * delivered to {@link TrashListener}s at least once.
 *
 * <p>An event carries counts, not items: a cascade may move a million rows. A listener pages through the
 * items of a trashed entry with {@link Trash#entryItems} and through what a purge removed with
 * {@link Trash#purgedItems}.
 *
 * @param eventId a stable id, the same on every delivery, so a listener can be idempotent
 * @param kind what happened
 * @param tenant the workspace
 * @param entryId the Trash entry
 * @param root the entry's root item
 * @param actor who did it ({@code "sweeper"} for expiry)
 * @param occurredAt when
 * @param itemCount items moved, restored or removed, the root included
 * @param sizeBytes their bytes
 * @param assetCount exclusive assets removed (purge only)
 */
public record TrashEvent(
        String eventId,
        Kind kind,
        String tenant,
        long entryId,
        ItemRef root,
        String actor,
        Instant occurredAt,
        long itemCount,
        long sizeBytes,
        long assetCount) {

    /** The three things that happen to an entry. */
    public enum Kind {
        /** Moved to Trash: cancel in-flight jobs of its items. */
        TRASHED,
        /** Restored. */
        RESTORED,
        /** Deleted permanently: delete the blobs of its items and assets. */
        PURGED
    }
}
