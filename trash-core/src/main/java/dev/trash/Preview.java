package dev.trash;

/**
 * What a trash or purge would affect, computed by a dry run that changes nothing.
 *
 * @param root the requested item
 * @param itemCount items that would move or be removed, the root included
 * @param sizeBytes their bytes
 * @param assetCount shared assets that would be removed (purge with exclusive assets only)
 * @param assetBytes their bytes
 */
public record Preview(ItemRef root, long itemCount, long sizeBytes, long assetCount, long assetBytes) {
}
