package dev.trash;

/**
 * An event a listener has not received yet because it failed on it (or on an earlier event of the same
 * root), or that was given up on.
 *
 * @param listener the listener's name
 * @param sequence the event's position in the outbox
 * @param event the event, or {@code null} if the outbox no longer holds it
 * @param attempts failed deliveries so far
 * @param lastError the last failure's message, or {@code null}
 * @param undeliverable whether delivery was given up on
 */
public record FailedDelivery(String listener, long sequence, TrashEvent event, int attempts, String lastError,
                             boolean undeliverable) {
}
