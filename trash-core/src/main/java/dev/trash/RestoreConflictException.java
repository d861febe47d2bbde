package dev.trash;

/**
 * Restore would give two active siblings the same name: a new item took the name while this one was in
 * Trash. Restore with {@link RestoreOptions#renameOnConflict()} to restore it as "name (restored)".
 */
public class RestoreConflictException extends NameConflictException {

    /** Creates the exception naming the active item that took the name. */
    public RestoreConflictException(ItemRef item, String name, ItemRef conflicting) {
        super(item, conflicting, "Cannot restore " + item + ": the name '" + name + "' is now used by "
                + conflicting + ". Rename or delete it, or restore under a new name.");
    }
}
