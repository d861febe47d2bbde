package dev.trash;

/**
 * Restore of an item while an ancestor is in Trash. Names the nearest ancestor that has its own Trash
 * entry, which is the one the user can restore.
 */
public class ParentInTrashException extends ItemException {

    private final ItemRef trashedAncestor;
    private final String trashedAncestorName;

    /** Creates the exception when neither name is known; see the constructor with names. */
    public ParentInTrashException(ItemRef item, ItemRef trashedAncestor, boolean directParent) {
        this(item, null, trashedAncestor, null, directParent);
    }

    /**
     * Creates the exception.
     *
     * @param item the item whose restore was refused
     * @param itemName its name, or {@code null} when unknown
     * @param trashedAncestor the nearest ancestor that is the root of a Trash entry
     * @param trashedAncestorName that ancestor's name, or {@code null} when unknown
     * @param directParent whether that ancestor is the item's own parent
     */
    public ParentInTrashException(ItemRef item, String itemName, ItemRef trashedAncestor,
                                  String trashedAncestorName, boolean directParent) {
        super(item, itemName, "Cannot restore " + ItemLabel.of(item, itemName) + " while its "
                + (directParent ? "parent " : "ancestor ") + ItemLabel.of(trashedAncestor, trashedAncestorName)
                + " is in trash. Restore the " + trashedAncestor.type() + " first.");
        this.trashedAncestor = trashedAncestor;
        this.trashedAncestorName = ItemLabel.known(trashedAncestorName);
    }

    /** The ancestor to restore first. */
    public ItemRef trashedAncestor() {
        return trashedAncestor;
    }

    /** The name of the ancestor to restore first, or {@code null} when unknown. */
    public String trashedAncestorName() {
        return trashedAncestorName;
    }
}
