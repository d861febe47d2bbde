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
 * <p>Items and assets are counted apart. A purge's items are the entry's own rows (root and cascade); its
 * assets are the shared assets it removed because no owner was left. A {@code PURGED} event from a purge
 * carries both; one from the sweeper's removal of an asset that an earlier purge had to keep (its last
 * owner went later) has an entry of its own, with the asset as its root, no items and one asset, so that
 * {@link Trash#purgedItems} under that entry lists exactly the asset.
 *
 * @param itemCount items moved, restored or removed, the root included; assets not included
 * @param sizeBytes the bytes of those items; assets' bytes not included
 * @param assetCount exclusive assets removed (purge only)
 * @param assetBytes the bytes of those assets (purge only)
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
        long assetCount,
        long assetBytes) {

    /** The three things that happen to an entry. */
    public enum Kind {
        /** Moved to Trash: cancel in-flight jobs of its items. */
        TRASHED,
        /** Restored. */
        RESTORED,
        /** Deleted permanently: delete the blobs of its items and assets ({@link Trash#purgedItems} lists them). */
        PURGED
    }
}
