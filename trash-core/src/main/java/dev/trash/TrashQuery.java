package dev.trash;

/**
 * What page of a Trash listing to read.
 *
 * @param type only roots of this type, or {@code null} for all
 * @param cursor the {@link TrashPage#nextCursor()} of the previous page, or {@code null} for the first
 * @param limit rows per page, 1 to 500
 */
public record TrashQuery(String type, String cursor, int limit) {

    /**
     * The largest page of every read that pages: this listing, {@link Trash#entryItems}, {@link Trash#purgedItems},
     * {@link Trash#audit} and {@link EventDispatcher#failures}.
     */
    public static final int MAX_LIMIT = 500;

    /** Validates the limit and the type. */
    public TrashQuery {
        Identifiers.requireLimit(limit);
        if (type != null) {
            Identifiers.requireKey(type, "type", InputLimits.TYPE);
        }
    }

    /** The first page of 50 rows of every type. */
    public static TrashQuery firstPage() {
        return new TrashQuery(null, null, 50);
    }

    /** The same query for one type. */
    public TrashQuery ofType(String newType) {
        return new TrashQuery(newType, cursor, limit);
    }

    /** The same query from a cursor. */
    public TrashQuery after(String newCursor) {
        return new TrashQuery(type, newCursor, limit);
    }

    /** The same query with another page size. */
    public TrashQuery limit(int newLimit) {
        return new TrashQuery(type, cursor, newLimit);
    }
}
