package dev.trash.spi;

import dev.trash.TrashEntry;
import dev.trash.TrashItem;

/**
 * An entry with its root's parent as the store holds it now: what a Trash page shows next to the entry (the
 * parent's name) and where the entry sits (a parent that is not active is held by another entry).
 *
 * @param entry the entry
 * @param parent the root's parent item, or {@code null} when the root has none or it is gone
 */
public record ListedEntry(TrashEntry entry, TrashItem parent) {
}
