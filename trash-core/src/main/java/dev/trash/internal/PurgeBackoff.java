package dev.trash.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * When the sweeper tries a failed purge again: an hour after the first failure, doubling with each further
 * one, at most a day apart. A failure that an operator fixes (a host row deleted) is picked up within the
 * hour at first, while an entry that keeps failing costs the sweeper one attempt a day.
 */
final class PurgeBackoff {

    static final Duration FIRST = Duration.ofHours(1);
    static final Duration MAX = Duration.ofDays(1);

    private PurgeBackoff() {
    }

    /** The next attempt after the {@code attempts}-th failure at {@code failedAt}. */
    static Instant nextAttempt(Instant failedAt, int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 16);
        Duration wait = FIRST.multipliedBy(1L << doublings);
        return failedAt.plus(wait.compareTo(MAX) > 0 ? MAX : wait);
    }
}
