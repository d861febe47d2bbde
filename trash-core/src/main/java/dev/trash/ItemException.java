package dev.trash;

/** An exception about one item, which it names: by its name where the store has one, always by its id. */
public abstract class ItemException extends TrashException {

    private final ItemRef item;
    private final String itemName;

    /** Creates the exception about {@code item}, whose name is not known. */
    protected ItemException(ItemRef item, String message) {
        this(item, null, message);
    }

    /** Creates the exception about {@code item} named {@code itemName} ({@code null} or blank when unknown). */
    protected ItemException(ItemRef item, String itemName, String message) {
        super(message);
        this.item = item;
        this.itemName = ItemLabel.known(itemName);
    }

    /** The item the operation was asked to act on. */
    public ItemRef item() {
        return item;
    }

    /** The item's name as the store holds it, or {@code null} when unknown. */
    public String itemName() {
        return itemName;
    }
}
