package dev.trash;

/**
 * Restore of an entry, or of anything under it, while a sweeper is purging it. After the purge the same
 * request fails with {@link ItemNotFoundException}.
 */
public class BeingPurgedException extends ItemException {

    private final ItemRef purging;

    /** Creates the exception; {@code purging} is the root of the entry being purged. */
    public BeingPurgedException(ItemRef item, ItemRef purging) {
        super(item, item.equals(purging)
                ? item + " is being purged and can no longer be restored"
                : "Cannot restore " + item + ": " + purging + " is being purged");
        this.purging = purging;
    }

    /** The root of the entry being purged. */
    public ItemRef purging() {
        return purging;
    }
}
