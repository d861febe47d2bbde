package dev.trash.internal;

import dev.trash.TrashEvent;
import dev.trash.spi.OutboxEvent;
import dev.trash.spi.TrashRepository;
import dev.trash.spi.TrashTransaction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Drops the tombstones of a purge once every listener has its event. It follows the outbox with a position
 * of its own and stops at the first purge some listener still waits for; tombstones of an event given up on
 * are kept, so a host can still see what to clean up.
 */
final class TombstoneCleanup {

    static final String POSITION = "trash.tombstone-cleanup";
    private static final int PAGE = 100;

    private final TrashRepository repository;
    private final Collection<String> listeners;

    TombstoneCleanup(TrashRepository repository, Collection<String> listeners) {
        this.repository = repository;
        this.listeners = listeners;
    }

    void run() {
        repository.inTransaction(tx -> {
            long everyoneAt = Long.MAX_VALUE;
            for (String name : listeners) {
                everyoneAt = Math.min(everyoneAt, tx.listenerPosition(name));
            }
            long start = tx.listenerPosition(POSITION);
            long cleaned = start;
            boolean blocked = false;
            Map<String, List<Long>> doneByTenant = new TreeMap<>();
            List<OutboxEvent> page;
            do {
                page = tx.eventsAfter(cleaned, PAGE);
                for (OutboxEvent done : page) {
                    if (done.sequence() > everyoneAt || isAwaitingDelivery(tx, done.sequence())) {
                        blocked = true;
                        break;
                    }
                    TrashEvent event = done.event();
                    if (event.kind() == TrashEvent.Kind.PURGED && !hasUndeliverable(tx, done.sequence())) {
                        doneByTenant.computeIfAbsent(event.tenant(), t -> new ArrayList<>()).add(event.entryId());
                    }
                    cleaned = done.sequence();
                }
                doneByTenant.forEach(tx::deletePurgedItems);
                doneByTenant.clear();
            } while (!blocked && page.size() == PAGE);
            if (cleaned != start) {
                tx.saveListenerPosition(POSITION, cleaned);
            }
            return null;
        });
    }

    /** Without listeners nothing can wait: the common case of a host that registers none costs no lookups. */
    private boolean isAwaitingDelivery(TrashTransaction tx, long sequence) {
        return !listeners.isEmpty() && tx.isAwaitingDelivery(sequence);
    }

    private boolean hasUndeliverable(TrashTransaction tx, long sequence) {
        for (String name : listeners) {
            if (!tx.deliveryStates(name, true, sequence - 1, 1).stream()
                    .filter(d -> d.sequence() == sequence).toList().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
