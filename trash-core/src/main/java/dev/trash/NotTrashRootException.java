package dev.trash;

/** Purge of an item that is in Trash only as part of another item's cascade. */
public class NotTrashRootException extends ItemException {

    private final ItemRef root;
    private final String rootName;

    /** Creates the exception when neither name is known; see the constructor with names. */
    public NotTrashRootException(ItemRef item, ItemRef root) {
        this(item, null, root, null);
    }

    /**
     * Creates the exception naming the root whose entry holds the item.
     *
     * @param item the item whose purge was refused
     * @param itemName its name, or {@code null} when unknown
     * @param root the root of the entry that holds it
     * @param rootName the root's name, or {@code null} when unknown
     */
    public NotTrashRootException(ItemRef item, String itemName, ItemRef root, String rootName) {
        super(item, itemName, ItemLabel.of(item, itemName) + " is in trash as part of "
                + ItemLabel.of(root, rootName) + "; only " + ItemLabel.of(root, rootName)
                + " can be deleted permanently");
        this.root = root;
        this.rootName = ItemLabel.known(rootName);
    }

    /** The root of the entry that holds the item. */
    public ItemRef root() {
        return root;
    }

    /** The root's name, or {@code null} when unknown. */
    public String rootName() {
        return rootName;
    }
}
