package dev.trash;

/** Empty Trash was confirmed for a number of items that no longer matches what the Trash holds. */
public class TrashCountMismatchException extends TrashException {

    private final long expected;
    private final long actual;

    /** Creates the exception with both counts. */
    public TrashCountMismatchException(long expected, long actual) {
        super("Trash holds " + actual + " items, not the " + expected + " confirmed; nothing was deleted");
        this.expected = expected;
        this.actual = actual;
    }

    /** The count the user confirmed. */
    public long expected() {
        return expected;
    }

    /** The count the Trash held. */
    public long actual() {
        return actual;
    }
}
