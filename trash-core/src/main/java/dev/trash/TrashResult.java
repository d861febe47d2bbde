package dev.trash;

/**
 * What a move to Trash did.
 *
 * @param requested the item the caller asked to trash
 * @param entry the entry that now holds it: a new one, or the existing entry that already covered it
 * @param created whether this call created the entry; false when the item was already in Trash, on its
 *     own or under a trashed ancestor, in which case nothing changed and no event was emitted
 */
public record TrashResult(ItemRef requested, TrashEntry entry, boolean created) {
}
