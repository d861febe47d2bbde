package dev.trash;

import dev.trash.spi.ByteTotals;
import java.util.List;

/**
 * What a permanent deletion removed. Items and assets are counted apart, as in the {@code PURGED} events:
 * items are the entries' own rows, assets the shared assets removed because no owner was left.
 *
 * @param purged the entries purged: nested entries first, then the requested one
 * @param itemCount items removed, roots included, assets not included
 * @param sizeBytes the bytes of those items, assets' bytes not included
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
