package dev.trash.spi;

import dev.trash.AuditRecord;
import dev.trash.TrashEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The event outbox, the listeners' positions in it, and the audit trail. */
public interface OutboxStore {

    /**
     * Appends an event in the same transaction as the change it describes. Sequences must become visible in
     * increasing order: a reader that sees an event must also see every event with a smaller sequence that
     * will ever be committed, or a dispatcher past it would skip the latecomer (a SQL store serializes the
     * commits of event-writing transactions for this).
     */
    void appendEvent(TrashEvent event);

    /** Events after {@code sequence}, in order. */
    List<OutboxEvent> eventsAfter(long sequence, int limit);

    /** How many events come after {@code sequence}. */
    long countEventsAfter(long sequence);

    /** The sequence of the last event the listener has handled, 0 when none. */
    long listenerPosition(String listener);

    /** Records that the listener has taken up every event up to {@code sequence}. */
    void saveListenerPosition(String listener, long sequence);

    /** The event at {@code sequence}, if the outbox still holds it. */
    Optional<OutboxEvent> event(long sequence);

    /**
     * Takes or renews the right to deliver to {@code listener} until {@code until}: granted when nobody
     * holds it, when {@code owner} already does, or when the holder's lease ended before {@code now}. One
     * dispatcher per listener at a time keeps each root's events in order across service instances.
     */
    boolean leaseListener(String listener, String owner, Instant now, Instant until);

    /** The listener's waiting and undeliverable events, by sequence. */
    List<DeliveryState> deliveryStates(String listener, boolean undeliverable, long afterSequence, int limit);

    /** Inserts or replaces the state of (listener, sequence). */
    void saveDeliveryState(DeliveryState state);

    /** Removes the state of (listener, sequence): the event was delivered. */
    void deleteDeliveryState(String listener, long sequence);

    /** Whether some listener still waits to receive the event (undeliverable ones do not count). */
    boolean isAwaitingDelivery(long sequence);

    /** Appends an audit line; the store assigns its sequence. */
    void appendAudit(AuditRecord audit);

    /** The tenant's audit lines after {@code afterSequence}, in order. */
    List<AuditRecord> audit(String tenant, long afterSequence, int limit);

    /**
     * Deletes up to {@code limit} events, lowest sequences first, among those with a sequence at most
     * {@code throughSequence} that no listener holds a delivery state for, together with the tombstones of
     * the purges among them (a tombstone never outlives its event). Set-based: a fixed number of statements.
     *
     * @return the events deleted
     */
    long deleteDeliveredEvents(long throughSequence, int limit);

    /**
     * Deletes up to {@code limit} events, oldest first, among those that occurred before {@code cutoff} with
     * a sequence at most {@code throughSequence}, together with every listener's delivery state of them and
     * the tombstones of the purges among them. Set-based: a fixed number of statements.
     *
     * @return the events deleted
     */
    long deleteEventsBefore(Instant cutoff, long throughSequence, int limit);

    /**
     * Deletes up to {@code limit} audit lines of every tenant, oldest first, among those that occurred before
     * {@code cutoff}. Set-based: a fixed number of statements.
     *
     * @return the lines deleted
     */
    long deleteAuditBefore(Instant cutoff, int limit);
}
