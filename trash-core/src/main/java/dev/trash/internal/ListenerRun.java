package dev.trash.internal;

import dev.trash.RetryPolicy;
import dev.trash.TrashEvent;
import dev.trash.TrashListener;
import dev.trash.spi.DeliveryState;
import dev.trash.spi.OutboxEvent;
import dev.trash.spi.TrashRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One delivery pass for one listener: first the retries that are due, then the new events. A root with an
 * event still waiting is "blocked": its later events queue behind it, so each root's events arrive in order.
 */
final class ListenerRun {

    private static final Logger LOG = LoggerFactory.getLogger(ListenerRun.class);
    private static final int PAGE = 100;

    private final TrashRepository repository;
    private final String name;
    private final TrashListener listener;
    private final Clock clock;
    private final RetryPolicy retryPolicy;
    private final ListenerLease lease;
    private final Set<String> blockedRoots = new HashSet<>();
    private long delivered;

    ListenerRun(TrashRepository repository, String name, TrashListener listener, Clock clock, RetryPolicy retryPolicy,
                ListenerLease lease) {
        this.repository = repository;
        this.name = name;
        this.listener = listener;
        this.clock = clock;
        this.retryPolicy = retryPolicy;
        this.lease = lease;
    }

    long run() {
        try {
            retryWaitingEvents();
            deliverNewEvents();
        } catch (LeaseLost lost) {
            LOG.warn("Listener {}: another dispatcher took the lease over; this run stops after {} deliveries",
                    name, delivered);
        }
        return delivered;
    }

    /** Stops a run whose lease another instance now holds: it delivers from where this one saved its position. */
    private static final class LeaseLost extends RuntimeException {
        LeaseLost() {
            super(null, null, false, false);
        }
    }

    private void retryWaitingEvents() {
        long after = 0;
        List<DeliveryState> waiting;
        do {
            long from = after;
            waiting = repository.inTransaction(tx -> tx.deliveryStates(name, false, from, PAGE));
            for (DeliveryState state : waiting) {
                after = state.sequence();
                if (blockedRoots.contains(state.rootKey())) {
                    continue;
                }
                if (clock.instant().isBefore(state.nextAttemptAt())) {
                    blockedRoots.add(state.rootKey());
                    continue;
                }
                Optional<OutboxEvent> event = repository.inTransaction(tx -> tx.event(state.sequence()));
                if (event.isEmpty() || attempt(event.get(), state.attempts())) {
                    repository.inTransaction(tx -> {
                        tx.deleteDeliveryState(name, state.sequence());
                        return null;
                    });
                }
            }
        } while (waiting.size() == PAGE);
    }

    private void deliverNewEvents() {
        long position = repository.inTransaction(tx -> tx.listenerPosition(name));
        List<OutboxEvent> page;
        do {
            long from = position;
            page = repository.inTransaction(tx -> tx.eventsAfter(from, PAGE));
            for (OutboxEvent pending : page) {
                String root = rootKey(pending.event());
                if (blockedRoots.contains(root)) {
                    queueBehind(pending, root);
                } else {
                    attempt(pending, 0);
                }
                position = pending.sequence();
                long done = position;
                repository.inTransaction(tx -> {
                    tx.saveListenerPosition(name, done);
                    return null;
                });
            }
        } while (page.size() == PAGE);
    }

    /** Delivers once; on failure records the retry (or gives up) and blocks the root. True if delivered. */
    private boolean attempt(OutboxEvent pending, int failuresSoFar) {
        TrashEvent event = pending.event();
        if (!lease.hold()) {
            throw new LeaseLost();
        }
        try {
            listener.onEvent(event);
            delivered++;
            return true;
        } catch (Exception e) {
            int failures = failuresSoFar + 1;
            boolean giveUp = failures >= retryPolicy.maxAttempts();
            Instant next = clock.instant().plus(retryPolicy.backoffAfter(failures));
            long sequence = pending.sequence();
            repository.inTransaction(tx -> {
                tx.saveDeliveryState(new DeliveryState(name, sequence, rootKey(event), failures, next,
                        String.valueOf(e.getMessage()), giveUp));
                return null;
            });
            if (giveUp) {
                LOG.warn("Listener {} failed {} times on event {} ({} {}); marked undeliverable: {}", name, failures,
                        event.eventId(), event.kind(), event.root(), e.toString());
            } else {
                blockedRoots.add(rootKey(event));
                LOG.debug("Listener {} failed on event {}; retry {} at {}", name, event.eventId(), failures, next, e);
            }
            return false;
        }
    }

    private void queueBehind(OutboxEvent pending, String root) {
        repository.inTransaction(tx -> {
            tx.saveDeliveryState(new DeliveryState(name, pending.sequence(), root, 0, clock.instant(), null, false));
            return null;
        });
    }

    /**
     * The root's key, unambiguous whatever its parts contain: tenant and type carry their lengths, so an id
     * with a '/' cannot spell another tenant's or type's root ("t" + "a/b" against "t/a" + "b").
     */
    static String rootKey(TrashEvent event) {
        String tenant = event.tenant();
        String type = event.root().type();
        return tenant.length() + ":" + tenant + "/" + type.length() + ":" + type + "/" + event.root().id();
    }
}
