package dev.trash;

import java.time.Duration;

/**
 * Checks of the durations a host configures, each failing with {@link IllegalArgumentException} when the
 * setting is made. Trash adds each of them to, or takes it from, the current time, so none may be longer than
 * {@link RetentionPolicy#MAX}: a longer one would overflow {@code Instant} or a store's epoch milliseconds at
 * every sweep or delivery instead of once, here.
 */
final class Durations {

    private Durations() {
    }

    /** A positive duration of at most {@link RetentionPolicy#MAX}. */
    static Duration positiveUpToMax(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, was " + value);
        }
        return upToMax(value, name);
    }

    /** A duration of at most {@link RetentionPolicy#MAX}. */
    static Duration upToMax(Duration value, String name) {
        if (value.compareTo(RetentionPolicy.MAX) > 0) {
            throw new IllegalArgumentException(name + " must be at most " + RetentionPolicy.MAX.toDays()
                    + " days, was " + value);
        }
        return value;
    }
}
