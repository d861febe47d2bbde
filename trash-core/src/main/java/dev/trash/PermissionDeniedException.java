package dev.trash;

/** The {@link Authorizer} refused the permission the operation needs. */
public class PermissionDeniedException extends TrashException {

    private final Permission permission;

    /** Creates the exception for the refused permission. */
    public PermissionDeniedException(Actor actor, Permission permission) {
        super(actor.principal() + " lacks permission " + permission.name() + " in " + actor.tenant());
        this.permission = permission;
    }

    /** Creates the exception for a restore refused on {@code item}, a trashed ancestor of the item asked about. */
    public PermissionDeniedException(Actor actor, Permission permission, ItemRef item) {
        super(actor.principal() + " lacks permission " + permission.name() + " in " + actor.tenant()
                + ", needed to restore " + item);
        this.permission = permission;
    }

    /** The permission that was refused. */
    public Permission permission() {
        return permission;
    }
}
