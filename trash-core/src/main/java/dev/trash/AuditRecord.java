package dev.trash;

import java.time.Instant;

/**
 * One line of the audit trail; it outlives the purge of the entry it describes.
 *
 * @param sequence its position in the trail, increasing
 * @param operation {@code TRASHED}, {@code RESTORED} or {@code PURGED}
 * @param tenant the workspace
 * @param actor who did it
 * @param entryId the entry
 * @param root the entry's root
 * @param itemCount items affected, assets not included
 * @param sizeBytes their bytes
 * @param at when
 * @param assetCount exclusive assets removed (purges only)
 * @param assetBytes their bytes
 */
public record AuditRecord(long sequence, TrashEvent.Kind operation, String tenant, String actor, long entryId,
                          ItemRef root, long itemCount, long sizeBytes, Instant at, long assetCount,
                          long assetBytes) {

    /** The same line with the sequence the store assigned. */
    public AuditRecord withSequence(long newSequence) {
        return new AuditRecord(newSequence, operation, tenant, actor, entryId, root, itemCount, sizeBytes, at,
                assetCount, assetBytes);
    }

    /** The audit line of an event; the store assigns the sequence. */
    public static AuditRecord of(TrashEvent event) {
        return new AuditRecord(0, event.kind(), event.tenant(), event.actor(), event.entryId(), event.root(),
                event.itemCount(), event.sizeBytes(), event.occurredAt(), event.assetCount(), event.assetBytes());
    }
}
