package dev.trash.internal;

import dev.trash.TrashEvent;
import dev.trash.TrashListener;
import dev.trash.spi.OutboxEvent;
import dev.trash.spi.TrashRepository;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers outbox events to listeners in outbox order, at least once. Each listener keeps its own
 * position; a failing listener stops at the failed event and gets it again on the next call, without
 * holding back the others. Tombstones of a purge are dropped once every listener is past its event.
 */
public final class Dispatch {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatch.class);
    private static final int PAGE = 100;
    private static final String TOMBSTONE_CLEANER = "trash.tombstone-cleanup";

    private final TrashRepository repository;
    private final Map<String, TrashListener> listeners;

    /** @param listeners by a stable name: the name keys the listener's position in the store */
    public Dispatch(TrashRepository repository, Map<String, TrashListener> listeners) {
        this.repository = repository;
        this.listeners = Map.copyOf(listeners);
    }

    /** Delivers every pending event; returns how many deliveries succeeded. */
    public synchronized long run() {
        long delivered = 0;
        for (Map.Entry<String, TrashListener> listener : listeners.entrySet()) {
            delivered += deliver(listener.getKey(), listener.getValue());
        }
        dropDeliveredTombstones();
        return delivered;
    }

    private long deliver(String name, TrashListener listener) {
        long delivered = 0;
        long position = repository.inTransaction(tx -> tx.listenerPosition(name));
        while (true) {
            long from = position;
            List<OutboxEvent> page = repository.inTransaction(tx -> tx.eventsAfter(from, PAGE));
            for (OutboxEvent pending : page) {
                try {
                    listener.onEvent(pending.event());
                } catch (Exception e) {
                    LOG.debug("Listener {} failed on event {}; it will be retried", name, pending.event().eventId(), e);
                    return delivered;
                }
                position = pending.sequence();
                long done = position;
                repository.inTransaction(tx -> {
                    tx.saveListenerPosition(name, done);
                    return null;
                });
                delivered++;
            }
            if (page.size() < PAGE) {
                return delivered;
            }
        }
    }

    private void dropDeliveredTombstones() {
        repository.inTransaction(tx -> {
            long everyoneAt = Long.MAX_VALUE;
            for (String name : listeners.keySet()) {
                everyoneAt = Math.min(everyoneAt, tx.listenerPosition(name));
            }
            long start = tx.listenerPosition(TOMBSTONE_CLEANER);
            long cleaned = start;
            List<OutboxEvent> page;
            do {
                page = tx.eventsAfter(cleaned, PAGE);
                for (OutboxEvent done : page) {
                    if (done.sequence() > everyoneAt) {
                        break;
                    }
                    if (done.event().kind() == TrashEvent.Kind.PURGED) {
                        tx.deletePurgedItems(done.event().tenant(), done.event().entryId());
                    }
                    cleaned = done.sequence();
                }
            } while (page.size() == PAGE && cleaned == page.get(page.size() - 1).sequence());
            if (cleaned != start) {
                tx.saveListenerPosition(TOMBSTONE_CLEANER, cleaned);
            }
            return null;
        });
    }
}
