package dev.trash.spi;

import dev.trash.internal.TextCut;
import java.time.Instant;

/**
 * A listener's unfinished business with one event: waiting for a retry (or behind a failed event of the
 * same Trash root), or given up on after too many attempts.
 *
 * @param listener the listener's name
 * @param sequence the event's outbox sequence
 * @param rootKey the event's Trash root, tenant and type prefixed with their lengths, then the id
 *     ({@code 3:ws1/5:model/m1}), so that no id can spell another root: events of one root reach a listener in order
 * @param attempts failed deliveries so far (0 for an event queued behind another of its root)
 * @param nextAttemptAt when to try again
 * @param lastError the last failure's message, or {@code null}; cut to {@link #MAX_ERROR_LENGTH} characters
 *     (UTF-16 code units, never inside a surrogate pair), so that every store keeps the same text
 * @param undeliverable whether delivery was given up on; the event stays visible to the host
 */
public record DeliveryState(String listener, long sequence, String rootKey, int attempts, Instant nextAttemptAt,
                            String lastError, boolean undeliverable) {

    /** The longest error message kept: a stack of nested causes must not make the state unsavable. */
    public static final int MAX_ERROR_LENGTH = 4000;

    /** Cuts the error message. */
    public DeliveryState {
        lastError = lastError == null ? null : TextCut.atMost(lastError, MAX_ERROR_LENGTH);
    }
}
