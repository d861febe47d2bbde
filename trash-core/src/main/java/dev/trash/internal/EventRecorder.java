package dev.trash.internal;

import dev.trash.AuditRecord;
import dev.trash.ItemRef;
import dev.trash.TrashEntry;
import dev.trash.TrashEvent;
import dev.trash.spi.OutboxStore;
import java.time.Instant;
import java.util.UUID;

/** Writes an event and its audit line in the transaction of the change they describe. */
final class EventRecorder {

    private EventRecorder() {
    }

    static TrashEvent record(OutboxStore tx, TrashEvent.Kind kind, TrashEntry entry, String actor, Instant at,
                             long itemCount, long sizeBytes, long assetCount) {
        return record(tx, kind, entry.tenant(), entry.id(), entry.root(), actor, at, itemCount, sizeBytes, assetCount);
    }

    static TrashEvent record(OutboxStore tx, TrashEvent.Kind kind, String tenant, long entryId, ItemRef root,
                             String actor, Instant at, long itemCount, long sizeBytes, long assetCount) {
        TrashEvent event = new TrashEvent(UUID.randomUUID().toString(), kind, tenant, entryId, root, actor, at,
                itemCount, sizeBytes, assetCount);
        tx.appendEvent(event);
        tx.appendAudit(AuditRecord.of(event));
        return event;
    }
}
