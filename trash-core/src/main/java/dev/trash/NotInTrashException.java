package dev.trash;

/** Restore or purge of an item that exists but is not in Trash. */
public class NotInTrashException extends ItemException {

    /** Creates the exception for the item that is not in Trash. */
    public NotInTrashException(ItemRef item) {
        super(item, item + " is not in trash");
    }
}
