package dev.trash;

/**
 * Options of a restore.
 *
 * @param restoreTrashedAncestors restore the trashed ancestors first, each with its own cascade, instead of
 *     failing with {@link ParentInTrashException} (the default)
 * @param renameOnConflict restore as "name (restored)" when an active sibling took the name, instead of
 *     failing with {@link RestoreConflictException} (the default)
 */
public record RestoreOptions(boolean restoreTrashedAncestors, boolean renameOnConflict) {

    /** Fail while a parent is in Trash; fail on a name conflict. */
    public static RestoreOptions defaults() {
        return new RestoreOptions(false, false);
    }

    /** The same options, restoring trashed ancestors first. */
    public RestoreOptions withTrashedAncestors() {
        return new RestoreOptions(true, renameOnConflict);
    }

    /** The same options, renaming on a name conflict. */
    public RestoreOptions withRenameOnConflict() {
        return new RestoreOptions(restoreTrashedAncestors, true);
    }
}
