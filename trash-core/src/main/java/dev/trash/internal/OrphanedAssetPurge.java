package dev.trash.internal;

import dev.trash.PurgeFailedException;
import dev.trash.PurgedItem;
import dev.trash.TrashEntry;
import dev.trash.TrashItem;
import dev.trash.spi.PurgeTotals;
import dev.trash.spi.TrashTransaction;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Removes assets that an earlier flagged purge kept because another owner still referenced them, once the
 * last owner is gone. Each removal gets an entry of its own (made and dropped in the same transaction, so
 * never listed), with the asset as its root: its PURGED event has an entry id no other event has, and the
 * purged items of that entry are exactly the asset.
 *
 * <p>A batch goes with the store's set verbs: its entries, removals and entry deletions each cost a fixed
 * number of statements, not a few per asset. When something outside Trash refuses one removal (a host
 * foreign key), the batch is rolled back and its assets go one by one, each in a transaction of its own, so
 * that the refused asset is reported and kept while the others leave.
 */
final class OrphanedAssetPurge {

    private OrphanedAssetPurge() {
    }

    /**
     * @param refused told of each asset whose removal something outside Trash refused; it stays watched, and
     *     the next sweep tries again
     */
    static PurgeTally run(TrashContext context, int limit, BiConsumer<TrashItem, PurgeFailedException> refused) {
        Instant now = context.now();
        try {
            return context.repository().inTransaction(tx -> purge(tx, tx.lockOrphanedAssets(limit), now));
        } catch (BatchRefused e) {
            return oneByOne(context, e.assets, now, refused);
        }
    }

    private static PurgeTally purge(TrashTransaction tx, List<TrashItem> assets, Instant now) {
        PurgeTally tally = new PurgeTally(false);
        if (assets.isEmpty()) {
            return tally;
        }
        List<TrashEntry> entries = tx.insertEntries(assets.stream().map(asset -> entryOf(asset, now)).toList());
        List<Optional<PurgedItem>> removed;
        try {
            removed = tx.purgeOrphanedAssets(assets, entries.stream().map(TrashEntry::id).toList());
        } catch (PurgeFailedException e) {
            throw new BatchRefused(assets, e);
        }
        tx.deleteEntries(entries);
        for (int i = 0; i < entries.size(); i++) {
            TrashEntry entry = entries.get(i);
            removed.get(i).ifPresent(gone -> {
                EventRecorder.recordPurge(tx, entry, Sweep.ACTOR, now, new PurgeTotals(0, 0, 1, gone.sizeBytes()));
                tally.addAsset(gone.sizeBytes());
            });
        }
        return tally;
    }

    private static PurgeTally oneByOne(TrashContext context, List<TrashItem> assets, Instant now,
                                       BiConsumer<TrashItem, PurgeFailedException> refused) {
        PurgeTally total = new PurgeTally(false);
        for (TrashItem asset : assets) {
            try {
                total.addAll(context.repository().inTransaction(tx -> purge(tx, List.of(asset), now)));
            } catch (BatchRefused e) {
                refused.accept(asset, e.refusal);
            }
        }
        return total;
    }

    private static TrashEntry entryOf(TrashItem asset, Instant now) {
        return new TrashEntry(0, asset.tenant(), asset.ref(), asset.name(), asset.parent(), now, Sweep.ACTOR, null,
                now, asset.sizeBytes(), 0, false, null);
    }

    /** A batch whose removal was refused, carried out of its transaction so that the transaction rolls back. */
    private static final class BatchRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient List<TrashItem> assets;
        private final PurgeFailedException refusal;

        BatchRefused(List<TrashItem> assets, PurgeFailedException refusal) {
            super(refusal.getMessage(), refusal, false, false);
            this.assets = assets;
            this.refusal = refusal;
        }
    }
}
