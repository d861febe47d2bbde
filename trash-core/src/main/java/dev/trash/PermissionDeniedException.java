package dev.trash;

/** The {@link Authorizer} refused the permission the operation needs. */
public class PermissionDeniedException extends TrashException {

    private final Permission permission;
    private final ItemRef item;
    private final String itemName;

    /** Creates the exception for the refused permission. */
    public PermissionDeniedException(Actor actor, Permission permission) {
        super(actor.principal() + " lacks permission " + permission.name() + " in " + actor.tenant());
        this.permission = permission;
        this.item = null;
        this.itemName = null;
    }

    /** Creates the exception for a restore refused on {@code item}, a trashed ancestor of the item asked about. */
    public PermissionDeniedException(Actor actor, Permission permission, ItemRef item) {
        this(actor, permission, item, null);
    }

    /**
     * Creates the exception for a restore refused on {@code item}, a trashed ancestor of the item asked about.
     *
     * @param actor who asked
     * @param permission the permission refused
     * @param item the ancestor whose restore needs it
     * @param itemName that ancestor's name, or {@code null} when unknown
     */
    public PermissionDeniedException(Actor actor, Permission permission, ItemRef item, String itemName) {
        super(actor.principal() + " lacks permission " + permission.name() + " in " + actor.tenant()
                + ", needed to restore " + ItemLabel.of(item, itemName));
        this.permission = permission;
        this.item = item;
        this.itemName = ItemLabel.known(itemName);
    }

    /** The permission that was refused. */
    public Permission permission() {
        return permission;
    }

    /** The item whose restore needed the permission, or {@code null} when the refusal is not about one item. */
    public ItemRef item() {
        return item;
    }

    /** That item's name, or {@code null} when unknown or when there is no such item. */
    public String itemName() {
        return itemName;
    }
}
