package dev.trash;

/** An active sibling already has the name, and the type asks names to be unique among active siblings. */
public class NameConflictException extends ItemException {

    private final ItemRef conflicting;

    /** Creates the exception naming the active item that holds the name. */
    public NameConflictException(ItemRef item, String name, ItemRef conflicting) {
        this(item, conflicting, "Cannot create " + item + ": the name '" + name + "' is taken by " + conflicting);
    }

    /** For subclasses that word the message themselves. */
    protected NameConflictException(ItemRef item, ItemRef conflicting, String message) {
        super(item, message);
        this.conflicting = conflicting;
    }

    /** The active item that holds the name. */
    public ItemRef conflicting() {
        return conflicting;
    }
}
