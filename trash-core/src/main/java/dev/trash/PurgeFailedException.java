package dev.trash;

/**
 * A purge hit something outside Trash that refuses the deletion, typically a row of a host table with a
 * foreign key to an item of the entry. Nothing was purged. On request ({@code purge}, {@code emptyTrash})
 * the caller gets this exception; the sweeper records it on the entry instead and tries again later.
 */
public class PurgeFailedException extends ItemException {

    private final long entryId;
    private final String constraint;

    /** Creates the exception when the root's name is not known; see the constructor with the name. */
    public PurgeFailedException(ItemRef root, long entryId, String constraint, String detail, Throwable cause) {
        this(root, null, entryId, constraint, detail, cause);
    }

    /**
     * Creates the exception.
     *
     * @param root the root of the entry whose purge failed (or the orphaned asset whose deletion failed)
     * @param rootName its name, or {@code null} when unknown
     * @param entryId that entry's id
     * @param constraint the name of the constraint that refused, or {@code null} when the store does not say
     * @param detail the store's own words, or {@code null}
     * @param cause the store's exception, or {@code null}
     */
    public PurgeFailedException(ItemRef root, String rootName, long entryId, String constraint, String detail,
                                Throwable cause) {
        super(root, rootName, "Cannot delete " + ItemLabel.of(root, rootName) + " permanently (Trash entry "
                + entryId + "): "
                + (constraint == null ? "the store refused" : "constraint " + constraint + " refused")
                + (detail == null ? "" : ": " + detail));
        this.entryId = entryId;
        this.constraint = constraint;
        if (cause != null) {
            initCause(cause);
        }
    }

    /** The id of the entry whose purge failed. */
    public long entryId() {
        return entryId;
    }

    /** The name of the constraint that refused, or {@code null} when the store did not name one. */
    public String constraint() {
        return constraint;
    }
}
