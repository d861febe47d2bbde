package dev.trash;

/**
 * No such item in the caller's tenant. An item of another tenant is reported this way too, never as
 * forbidden, so that its existence is not revealed. The message names the item by its id only.
 */
public class ItemNotFoundException extends ItemException {

    /** Creates the exception for the missing item. */
    public ItemNotFoundException(ItemRef item) {
        super(item, item + " not found");
    }

    /** Creates the exception with a more specific message. */
    public ItemNotFoundException(ItemRef item, String message) {
        super(item, message);
    }

    /** For subclasses about an item that may exist under a known name, such as an active one. */
    protected ItemNotFoundException(ItemRef item, String itemName, String message) {
        super(item, itemName, message);
    }
}
