package dev.trash.internal;

import dev.trash.PurgedItem;
import dev.trash.TrashEntry;
import dev.trash.TrashItem;
import dev.trash.spi.PurgeTotals;
import java.time.Instant;
import java.util.Optional;

/**
 * Removes assets that an earlier flagged purge kept because another owner still referenced them, once the
 * last owner is gone. Each removal gets an entry of its own (made and dropped in the same transaction, so
 * never listed), with the asset as its root: its PURGED event has an entry id no other event has, and the
 * purged items of that entry are exactly the asset.
 */
final class OrphanedAssetPurge {

    private OrphanedAssetPurge() {
    }

    static PurgeTally run(TrashContext context, int limit) {
        Instant now = context.now();
        return context.repository().inTransaction(tx -> {
            PurgeTally tally = new PurgeTally(false);
            for (TrashItem asset : tx.lockOrphanedAssets(limit)) {
                TrashEntry entry = tx.insertEntry(new TrashEntry(0, asset.tenant(), asset.ref(), asset.name(),
                        asset.parent(), now, Sweep.ACTOR, null, now, asset.sizeBytes(), 0, false, null));
                Optional<PurgedItem> removed = tx.purgeOrphanedAsset(asset.tenant(), asset.ref(), entry.id());
                tx.deleteEntry(asset.tenant(), entry.id());
                removed.ifPresent(gone -> {
                    EventRecorder.recordPurge(tx, entry, Sweep.ACTOR, now, new PurgeTotals(0, 0, 1, gone.sizeBytes()));
                    tally.addAsset(gone.sizeBytes());
                });
            }
            return tally;
        });
    }
}
