package dev.trash;

/**
 * Restore of an item while an ancestor is in Trash. Names the nearest ancestor that has its own Trash
 * entry, which is the one the user can restore.
 */
public class ParentInTrashException extends ItemException {

    private final ItemRef trashedAncestor;

    /**
     * Creates the exception.
     *
     * @param item the item whose restore was refused
     * @param trashedAncestor the nearest ancestor that is the root of a Trash entry
     * @param directParent whether that ancestor is the item's own parent
     */
    public ParentInTrashException(ItemRef item, ItemRef trashedAncestor, boolean directParent) {
        super(item, "Cannot restore " + item + " while its " + (directParent ? "parent " : "ancestor ")
                + trashedAncestor + " is in trash. Restore the " + trashedAncestor.type() + " first.");
        this.trashedAncestor = trashedAncestor;
    }

    /** The ancestor to restore first. */
    public ItemRef trashedAncestor() {
        return trashedAncestor;
    }
}
