package dev.trash;

/** An exception about one item, which it names. */
public abstract class ItemException extends TrashException {

    private final ItemRef item;

    /** Creates the exception about {@code item}. */
    protected ItemException(ItemRef item, String message) {
        super(message);
        this.item = item;
    }

    /** The item the operation was asked to act on. */
    public ItemRef item() {
        return item;
    }
}
