package dev.trash;

import dev.trash.spi.ByteTotals;
import java.util.List;

/**
 * What a permanent deletion removed.
 *
 * @param purged the entries purged: nested entries first, then the requested one
 * @param itemCount items removed, roots included
 * @param sizeBytes their bytes
 * @param assetCount exclusive assets removed with them
 * @param assetBytes the assets' bytes
 */
public record PurgeResult(List<TrashEntry> purged, long itemCount, long sizeBytes, long assetCount, long assetBytes) {

    /** Copies the list. */
    public PurgeResult {
        purged = List.copyOf(purged);
    }

    /** Everything freed, items and assets. */
    public long bytesFreed() {
        return ByteTotals.add(sizeBytes, assetBytes);
    }
}
