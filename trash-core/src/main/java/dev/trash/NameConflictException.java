package dev.trash;

/** An active sibling already has the name, and the type asks names to be unique among active siblings. */
public class NameConflictException extends ItemException {

    private final ItemRef conflicting;

    /**
     * Creates the exception naming the active item that holds the name.
     *
     * @param item the item that was to get the name
     * @param name the name both would have
     * @param conflicting the active item that holds it
     */
    public NameConflictException(ItemRef item, String name, ItemRef conflicting) {
        this(item, name, conflicting, "Cannot create " + ItemLabel.of(item, name) + ": the name is taken by "
                + ItemLabel.of(conflicting, name));
    }

    /** For subclasses that word the message themselves. */
    protected NameConflictException(ItemRef item, String name, ItemRef conflicting, String message) {
        super(item, name, message);
        this.conflicting = conflicting;
    }

    /** The active item that holds the name. */
    public ItemRef conflicting() {
        return conflicting;
    }
}
