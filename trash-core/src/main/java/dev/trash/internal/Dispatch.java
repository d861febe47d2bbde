package dev.trash.internal;

import dev.trash.FailedDelivery;
import dev.trash.RetryPolicy;
import dev.trash.TrashListener;
import dev.trash.spi.DeliveryState;
import dev.trash.spi.TrashRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Delivers outbox events to listeners at least once, in outbox order per listener and Trash root. A
 * dispatcher first leases a listener, so that across service instances one of them delivers to it at a
 * time; a failing event is retried with backoff and holds back only later events of its own root.
 */
public final class Dispatch {

    private static final Duration LISTENER_LEASE = Duration.ofMinutes(2);

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
            boolean leased = repository.inTransaction(
                    tx -> tx.leaseListener(listener.getKey(), owner, now, now.plus(LISTENER_LEASE)));
            if (leased) {
                delivered += new ListenerRun(repository, listener.getKey(), listener.getValue(), clock, retryPolicy)
                        .run();
            }
        }
        new TombstoneCleanup(repository, listeners.keySet()).run();
        return delivered;
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
