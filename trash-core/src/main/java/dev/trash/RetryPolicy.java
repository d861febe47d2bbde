package dev.trash;

import java.time.Duration;

/**
 * How the event dispatcher retries a failing listener: exponential backoff from {@code initialBackoff},
 * doubling up to {@code maxBackoff}; after {@code maxAttempts} failures the event is marked undeliverable,
 * stays visible through {@link EventDispatcher#failures}, and the root's next event proceeds.
 *
 * @param maxAttempts failures before giving up, at least 1; 10 by default
 * @param initialBackoff wait after the first failure; 1 second by default
 * @param maxBackoff longest wait, at most {@link RetentionPolicy#MAX}; 1 hour by default
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    /** Validates the fields. */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (initialBackoff == null || initialBackoff.isNegative() || maxBackoff == null
                || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoffs must satisfy 0 <= initial <= max, were "
                    + initialBackoff + " and " + maxBackoff);
        }
        Durations.upToMax(maxBackoff, "maxBackoff");
    }

    /** 10 attempts, 1 second doubling up to 1 hour. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofHours(1));
    }

    /** The wait after the given number of failures (1 for the first). */
    public Duration backoffAfter(int failures) {
        Duration wait = initialBackoff;
        for (int i = 1; i < failures && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
