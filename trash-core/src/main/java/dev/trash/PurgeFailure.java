package dev.trash;

import dev.trash.internal.TextCut;
import java.time.Instant;

/**
 * Why the sweeper could not purge an entry, recorded on the entry when the purge failed. The entry stays in
 * Trash, restorable, and the sweeper leaves it alone until {@code nextAttemptAt}, then tries again.
 *
 * @param reason the error, as the database or the store reported it (a host foreign key, a trigger, a lock
 *     timeout); cut to {@link #MAX_REASON_LENGTH} characters (UTF-16 code units), never inside a surrogate pair
 * @param attempts failed purge attempts so far, 1 after the first failure
 * @param failedAt when the last attempt failed
 * @param nextAttemptAt the earliest time a sweep claims the entry again
 */
public record PurgeFailure(String reason, int attempts, Instant failedAt, Instant nextAttemptAt) {

    /** The longest reason kept; longer ones are cut, so that any store can hold them. */
    public static final int MAX_REASON_LENGTH = 1000;

    /** Validates the fields and cuts the reason. */
    public PurgeFailure {
        if (reason == null || failedAt == null || nextAttemptAt == null || attempts < 1) {
            throw new InvalidRequestException("a purge failure needs a reason, times and at least one attempt");
        }
        reason = TextCut.atMost(reason, MAX_REASON_LENGTH);
    }
}
