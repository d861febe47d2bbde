package dev.trash.internal;

import dev.trash.PurgeResult;
import dev.trash.TrashEntry;
import dev.trash.spi.ByteTotals;
import dev.trash.spi.PurgeTotals;
import java.util.ArrayList;
import java.util.List;

/** Adds up what several purges removed. */
final class PurgeTally {

    private final List<TrashEntry> entries = new ArrayList<>();
    private final boolean keepEntries;
    long entryCount;
    long itemCount;
    long sizeBytes;
    long assetCount;
    long assetBytes;
    long entriesFailed;

    /** @param keepEntries whether to keep the purged entries for the result; a sweep, which may purge millions, does not */
    PurgeTally(boolean keepEntries) {
        this.keepEntries = keepEntries;
    }

    void add(TrashEntry entry, PurgeTotals totals) {
        if (keepEntries) {
            entries.add(entry);
        }
        entryCount++;
        itemCount += totals.itemCount();
        sizeBytes = ByteTotals.add(sizeBytes, totals.sizeBytes());
        assetCount += totals.assetCount();
        assetBytes = ByteTotals.add(assetBytes, totals.assetBytes());
    }

    void addAsset(long bytes) {
        assetCount++;
        assetBytes = ByteTotals.add(assetBytes, bytes);
    }

    void addAll(PurgeTally other) {
        if (keepEntries) {
            entries.addAll(other.entries);
        }
        entryCount += other.entryCount;
        itemCount += other.itemCount;
        sizeBytes = ByteTotals.add(sizeBytes, other.sizeBytes);
        assetCount += other.assetCount;
        assetBytes = ByteTotals.add(assetBytes, other.assetBytes);
        entriesFailed += other.entriesFailed;
    }

    void addFailure() {
        entriesFailed++;
    }

    PurgeResult toResult() {
        return new PurgeResult(entries, itemCount, sizeBytes, assetCount, assetBytes);
    }
}
