package dev.trash.spi;

/**
 * Counts of a subtree operation.
 *
 * @param itemCount items, the root included
 * @param sizeBytes their bytes
 */
public record SubtreeTotals(long itemCount, long sizeBytes) {

    /** Nothing. */
    public static final SubtreeTotals NONE = new SubtreeTotals(0, 0);
}
