package dev.trash;

/** A {@link BeforeTrashHook} vetoed the move to Trash; pass {@code force} to override. */
public class TrashVetoedException extends ItemException {

    private final String reason;

    /** Creates the exception with the hook's reason, when the item's name is not known. */
    public TrashVetoedException(ItemRef item, String reason) {
        this(item, null, reason);
    }

    /** Creates the exception with the hook's reason for the item named {@code itemName} ({@code null} when unknown). */
    public TrashVetoedException(ItemRef item, String itemName, String reason) {
        super(item, itemName, "Cannot move " + ItemLabel.of(item, itemName) + " to trash: " + reason);
        this.reason = reason;
    }

    /** Why the hook refused, as the hook said it. */
    public String reason() {
        return reason;
    }
}
