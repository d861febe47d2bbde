package dev.trash;

/**
 * Options of a move to Trash.
 *
 * @param reason why, shown in the Trash and the audit trail, or {@code null}; at most
 *     {@link InputLimits#REASON} characters
 * @param deleteExclusiveAssets purge the assets no other owner references when this entry is purged; only
 *     for types that reference assets
 * @param force override a {@link BeforeTrashHook}'s veto
 */
public record TrashOptions(String reason, boolean deleteExclusiveAssets, boolean force) {

    /** Validates the reason's length. */
    public TrashOptions {
        Identifiers.requireLength(reason, "reason", InputLimits.REASON);
    }

    /** No reason, keep assets, respect vetoes. */
    public static TrashOptions defaults() {
        return new TrashOptions(null, false, false);
    }

    /** The same options with a reason. */
    public TrashOptions withReason(String newReason) {
        return new TrashOptions(newReason, deleteExclusiveAssets, force);
    }

    /** The same options, purging exclusive assets with the entry. */
    public TrashOptions withExclusiveAssets() {
        return new TrashOptions(reason, true, force);
    }

    /** The same options, overriding vetoes. */
    public TrashOptions forced() {
        return new TrashOptions(reason, deleteExclusiveAssets, true);
    }
}
