package dev.trash;

import java.time.Duration;
import java.time.Instant;

/**
 * The "days remaining" shown next to a Trash item: the time left rounded up to whole days, never negative.
 * "30d" just after deletion, "1d" on the last day, 0 when due.
 */
public final class DaysRemaining {

    private static final long SECONDS_PER_DAY = 86_400;

    private DaysRemaining() {
    }

    /** ceil(seconds left / 86,400), or 0 once {@code now} has reached {@code cleanupAt}. */
    public static long between(Instant now, Instant cleanupAt) {
        Duration left = Duration.between(now, cleanupAt);
        if (left.isNegative() || left.isZero()) {
            return 0;
        }
        long seconds = left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
        return (seconds + SECONDS_PER_DAY - 1) / SECONDS_PER_DAY;
    }
}
