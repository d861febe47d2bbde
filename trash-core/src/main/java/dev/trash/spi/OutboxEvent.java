package dev.trash.spi;

import dev.trash.TrashEvent;

/**
 * An event as the outbox holds it.
 *
 * @param sequence its position in the outbox, increasing with commit order within a store
 * @param event the event
 */
public record OutboxEvent(long sequence, TrashEvent event) {
}
