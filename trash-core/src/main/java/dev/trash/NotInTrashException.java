package dev.trash;

/**
 * Restore or purge of an item that is not in Trash: active, already purged, never created, or of another
 * tenant. It is a kind of "not found": what was looked for is a Trash entry.
 */
public class NotInTrashException extends ItemNotFoundException {

    /** Creates the exception for the item that is not in Trash. */
    public NotInTrashException(ItemRef item) {
        super(item, item + " is not in trash");
    }
}
