package dev.trash;

/**
 * Restore or purge of an item that is not in Trash: active, already purged, never created, or of another
 * tenant. It is a kind of "not found": what was looked for is a Trash entry.
 */
public class NotInTrashException extends ItemNotFoundException {

    /** Creates the exception for an item that was not found at all, so has no known name. */
    public NotInTrashException(ItemRef item) {
        this(item, null);
    }

    /** Creates the exception for an item found active, named {@code itemName} ({@code null} when unknown). */
    public NotInTrashException(ItemRef item, String itemName) {
        super(item, itemName, ItemLabel.of(item, itemName) + " is not in trash");
    }
}
