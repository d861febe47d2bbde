package dev.trash;

/**
 * Restore of an entry, or of anything under it, while a sweeper is purging it. After the purge the same
 * request fails with {@link ItemNotFoundException}.
 */
public class BeingPurgedException extends ItemException {

    private final ItemRef purging;
    private final String purgingName;

    /** Creates the exception when neither name is known; see the constructor with names. */
    public BeingPurgedException(ItemRef item, ItemRef purging) {
        this(item, null, purging, null);
    }

    /**
     * Creates the exception.
     *
     * @param item the item whose restore was refused
     * @param itemName its name, or {@code null} when unknown
     * @param purging the root of the entry being purged, maybe {@code item} itself
     * @param purgingName that root's name, or {@code null} when unknown
     */
    public BeingPurgedException(ItemRef item, String itemName, ItemRef purging, String purgingName) {
        super(item, itemName, item.equals(purging)
                ? ItemLabel.of(item, itemName) + " is being purged and can no longer be restored"
                : "Cannot restore " + ItemLabel.of(item, itemName) + ": " + ItemLabel.of(purging, purgingName)
                        + " is being purged");
        this.purging = purging;
        this.purgingName = ItemLabel.known(purgingName);
    }

    /** The root of the entry being purged. */
    public ItemRef purging() {
        return purging;
    }

    /** The name of the root being purged, or {@code null} when unknown. */
    public String purgingName() {
        return purgingName;
    }
}
