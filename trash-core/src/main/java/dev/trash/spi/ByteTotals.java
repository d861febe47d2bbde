package dev.trash.spi;

import java.math.BigDecimal;

/**
 * Sums of sizes that stop at {@link Long#MAX_VALUE}. Each size is a valid long, but a tenant's total may
 * not be: a sum that wrapped would report a negative usage, and one that threw would fail a purge that has
 * nothing wrong with it. Every store adds sizes this way so that all report the same totals.
 */
public final class ByteTotals {

    private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private ByteTotals() {
    }

    /** {@code a + b}, or {@link Long#MAX_VALUE} when that does not fit; both are sizes, so never negative. */
    public static long add(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    /** A database's exact sum (null for no rows) as a long, {@link Long#MAX_VALUE} when larger. */
    public static long of(BigDecimal exact) {
        if (exact == null) {
            return 0;
        }
        return exact.compareTo(MAX) > 0 ? Long.MAX_VALUE : exact.longValueExact();
    }
}
