package dev.trash.internal;

import dev.trash.FailedDelivery;
import dev.trash.RetryPolicy;
import dev.trash.TrashListener;
import dev.trash.spi.DeliveryState;
import dev.trash.spi.TrashRepository;
import dev.trash.spi.TrashTransaction;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Delivers outbox events to listeners at least once, in outbox order per listener and Trash root. A
 * dispatcher first leases a listener, so that across service instances one of them delivers to it at a
 * time; a failing event is retried with backoff and holds back only later events of its own root.
 */
public final class Dispatch {

    private final TrashRepository repository;
    private final Map<String, TrashListener> listeners;
    private final Clock clock;
    private final RetryPolicy retryPolicy;
    private final String owner = "dispatcher-" + UUID.randomUUID();

    /** @param listeners by a stable name: the name keys the listener's progress in the store */
    public Dispatch(TrashRepository repository, Map<String, TrashListener> listeners, Clock clock,
                    RetryPolicy retryPolicy) {
        this.repository = repository;
        this.listeners = Map.copyOf(listeners);
        this.clock = clock;
        this.retryPolicy = retryPolicy;
    }

    /** Delivers what is due to every listener this instance can lease; returns the deliveries made. */
    public synchronized long run() {
        long delivered = 0;
        for (Map.Entry<String, TrashListener> listener : listeners.entrySet()) {
            Instant now = clock.instant();
            String name = listener.getKey();
            boolean leased = repository.inTransaction(tx -> hasWork(tx, name)
                    && tx.leaseListener(name, owner, now, now.plus(ListenerLease.LENGTH)));
            if (leased) {
                ListenerLease lease = new ListenerLease(repository, name, owner, clock, now);
                try {
                    delivered += new ListenerRun(repository, name, listener.getValue(), clock, retryPolicy, lease)
                            .run();
                } finally {
                    lease.release();
                }
            }
        }
        new TombstoneCleanup(repository, listeners.keySet()).run();
        return delivered;
    }

    /** The names of the registered listeners. */
    public Set<String> listenerNames() {
        return listeners.keySet();
    }

    /** Events some listener has not received yet: its backlog plus its waiting retries, summed. */
    public long pendingCount() {
        return repository.inTransaction(tx -> {
            long pending = 0;
            for (String listener : listeners.keySet()) {
                pending += tx.countEventsAfter(tx.listenerPosition(listener))
                        + tx.deliveryStates(listener, false, 0, Integer.MAX_VALUE).size();
            }
            return pending;
        });
    }

    /** Reads first, so that an idle dispatch (the common case, after every operation) writes nothing. */
    private static boolean hasWork(TrashTransaction tx, String listener) {
        return !tx.eventsAfter(tx.listenerPosition(listener), 1).isEmpty()
                || !tx.deliveryStates(listener, false, 0, 1).isEmpty();
    }

    /** The listener's waiting or given-up events, by sequence. */
    public List<FailedDelivery> failures(String listener, boolean undeliverable, long afterSequence, int limit) {
        return repository.inTransaction(tx -> tx.deliveryStates(listener, undeliverable, afterSequence, limit)
                .stream()
                .map(d -> new FailedDelivery(d.listener(), d.sequence(),
                        tx.event(d.sequence()).map(e -> e.event()).orElse(null), d.attempts(), d.lastError(),
                        d.undeliverable()))
                .toList());
    }

    /** Arms an undeliverable event for delivery again at the next run; false if there is no such event. */
    public boolean redeliver(String listener, long sequence) {
        return repository.inTransaction(tx -> {
            List<DeliveryState> match = tx.deliveryStates(listener, true, sequence - 1, 1);
            if (match.isEmpty() || match.get(0).sequence() != sequence) {
                return false;
            }
            DeliveryState state = match.get(0);
            tx.saveDeliveryState(new DeliveryState(listener, sequence, state.rootKey(), 0, clock.instant(),
                    state.lastError(), false));
            return true;
        });
    }
}
