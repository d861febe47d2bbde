package dev.trash.internal;

import dev.trash.spi.TrashRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A dispatcher's lease on one listener, renewed while it delivers. A run may outlast the lease (a slow
 * listener, a long backlog); without renewal another instance would take the listener over mid-run and
 * deliver the same events at the same time. Renewed once half of it has passed, so a quick run writes
 * nothing more than the lease it started with.
 */
final class ListenerLease {

    static final Duration LENGTH = Duration.ofMinutes(2);

    private final TrashRepository repository;
    private final String listener;
    private final String owner;
    private final Clock clock;
    private Instant renewedAt;

    ListenerLease(TrashRepository repository, String listener, String owner, Clock clock, Instant takenAt) {
        this.repository = repository;
        this.listener = listener;
        this.owner = owner;
        this.clock = clock;
        this.renewedAt = takenAt;
    }

    /** Renews the lease when half of it has passed; false when another instance holds it now. */
    boolean hold() {
        Instant now = clock.instant();
        // a clock stepped back renews too: the lease's end was computed from the later time
        if (!now.isBefore(renewedAt) && Duration.between(renewedAt, now).compareTo(LENGTH.dividedBy(2)) < 0) {
            return true;
        }
        boolean held = repository.inTransaction(tx -> tx.leaseListener(listener, owner, now, now.plus(LENGTH)));
        renewedAt = now;
        return held;
    }

    /** Lets another instance take the listener at once. */
    void release() {
        Instant end = clock.instant();
        repository.inTransaction(tx -> tx.leaseListener(listener, owner, end, end));
    }
}
