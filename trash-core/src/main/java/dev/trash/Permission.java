package dev.trash;

/**
 * A permission the {@link Authorizer} is asked about: {@code view_trash}, {@code trash_<type>},
 * {@code restore_<type>} or {@code purge}.
 *
 * @param name the permission's name as hosts store it
 */
public record Permission(String name) {

    /** See the Trash of the tenant and its storage usage. */
    public static final Permission VIEW_TRASH = new Permission("view_trash");
    /** Delete permanently: purge, bulk purge, empty Trash. */
    public static final Permission PURGE = new Permission("purge");

    /** Validates the name. */
    public Permission {
        Identifiers.requireText(name, "permission");
    }

    /** Move items of the type to Trash. */
    public static Permission trash(String type) {
        return new Permission("trash_" + type);
    }

    /** Restore items of the type. */
    public static Permission restore(String type) {
        return new Permission("restore_" + type);
    }
}
