package dev.trash;

/**
 * A tombstone: one item or asset a purge removed, kept until every listener has seen the purge, so a
 * listener can delete the item's blobs.
 *
 * @param tenant the workspace
 * @param entryId the purged entry
 * @param ref the removed item
 * @param sizeBytes its bytes
 * @param asset whether it was an exclusive asset removed with its last owner
 */
public record PurgedItem(String tenant, long entryId, ItemRef ref, long sizeBytes, boolean asset) {
}
