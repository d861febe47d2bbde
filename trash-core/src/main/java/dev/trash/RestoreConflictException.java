package dev.trash;

/**
 * Restore would give two active siblings the same name: a new item took the name while this one was in
 * Trash. Restore with {@link RestoreOptions#renameOnConflict()} to restore it as "name (restored)".
 */
public class RestoreConflictException extends NameConflictException {

    /**
     * Creates the exception naming the active item that took the name.
     *
     * @param item the item whose restore was refused
     * @param name the name both have
     * @param conflicting the active item that took it
     */
    public RestoreConflictException(ItemRef item, String name, ItemRef conflicting) {
        super(item, name, conflicting, "Cannot restore " + ItemLabel.of(item, name) + ": the name is now used by "
                + ItemLabel.of(conflicting, name) + ". Rename or delete it, or restore under a new name.");
    }
}
