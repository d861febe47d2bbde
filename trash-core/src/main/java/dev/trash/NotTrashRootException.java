package dev.trash;

/** Purge of an item that is in Trash only as part of another item's cascade. */
public class NotTrashRootException extends ItemException {

    private final ItemRef root;

    /** Creates the exception naming the root whose entry holds the item. */
    public NotTrashRootException(ItemRef item, ItemRef root) {
        super(item, item + " is in trash as part of " + root + "; only " + root
                + " can be deleted permanently");
        this.root = root;
    }

    /** The root of the entry that holds the item. */
    public ItemRef root() {
        return root;
    }
}
