package dev.trash.internal;

import dev.trash.AuditRecord;
import dev.trash.ItemRef;
import dev.trash.TrashEntry;
import dev.trash.TrashEvent;
import dev.trash.spi.OutboxStore;
import dev.trash.spi.PurgeTotals;
import java.time.Instant;
import java.util.UUID;

/** Writes an event and its audit line in the transaction of the change they describe. */
final class EventRecorder {

    private EventRecorder() {
    }

    /** An event without assets: a trash or a restore. */
    static TrashEvent record(OutboxStore tx, TrashEvent.Kind kind, TrashEntry entry, String actor, Instant at,
                             long itemCount, long sizeBytes, long assetCount) {
        return record(tx, kind, entry.tenant(), entry.id(), entry.root(), actor, at, itemCount, sizeBytes, assetCount,
                0);
    }

    /** A purge's event: its items and its assets apart. */
    static TrashEvent recordPurge(OutboxStore tx, TrashEntry entry, String actor, Instant at, PurgeTotals totals) {
        return record(tx, TrashEvent.Kind.PURGED, entry.tenant(), entry.id(), entry.root(), actor, at,
                totals.itemCount(), totals.sizeBytes(), totals.assetCount(), totals.assetBytes());
    }

    private static TrashEvent record(OutboxStore tx, TrashEvent.Kind kind, String tenant, long entryId, ItemRef root,
                                     String actor, Instant at, long itemCount, long sizeBytes, long assetCount,
                                     long assetBytes) {
        TrashEvent event = new TrashEvent(UUID.randomUUID().toString(), kind, tenant, entryId, root, actor, at,
                itemCount, sizeBytes, assetCount, assetBytes);
        tx.appendEvent(event);
        tx.appendAudit(AuditRecord.of(event));
        return event;
    }
}
