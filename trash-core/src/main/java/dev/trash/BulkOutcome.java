package dev.trash;

/**
 * The outcome for one item of a bulk restore or purge.
 *
 * @param item the requested item
 * @param status what happened
 * @param message the error's message when it failed, else {@code null}
 */
public record BulkOutcome(ItemRef item, Status status, String message) {

    /** What happened to one item. */
    public enum Status {
        /** Restored with its cascade. */
        RESTORED,
        /** Deleted permanently. */
        PURGED,
        /** Not in the tenant. */
        NOT_FOUND,
        /** Not in Trash: active, never created, or already restored or purged (maybe by an earlier item). */
        NOT_IN_TRASH,
        /** A sweeper is purging it. */
        BEING_PURGED,
        /** An ancestor is in Trash. */
        PARENT_IN_TRASH,
        /** In Trash only through another root. */
        NOT_A_ROOT,
        /** The actor lacks the permission. */
        FORBIDDEN,
        /** An active sibling has its name. */
        CONFLICT,
        /** The purge policy refused. */
        REFUSED,
        /** Any other failure; the message says which. */
        FAILED
    }

    /** Whether the item was restored or purged. */
    public boolean succeeded() {
        return status == Status.RESTORED || status == Status.PURGED;
    }
}
