package dev.trash.spi;

/**
 * Counts of a purge.
 *
 * @param itemCount items removed, the root included
 * @param sizeBytes their bytes
 * @param assetCount exclusive assets removed
 * @param assetBytes their bytes
 */
public record PurgeTotals(long itemCount, long sizeBytes, long assetCount, long assetBytes) {
}
