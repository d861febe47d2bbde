package dev.trash;

/** A {@link BeforeTrashHook} vetoed the move to Trash; pass {@code force} to override. */
public class TrashVetoedException extends ItemException {

    private final String reason;

    /** Creates the exception with the hook's reason. */
    public TrashVetoedException(ItemRef item, String reason) {
        super(item, "Cannot move " + item + " to trash: " + reason);
        this.reason = reason;
    }

    /** Why the hook refused, as the hook said it. */
    public String reason() {
        return reason;
    }
}
