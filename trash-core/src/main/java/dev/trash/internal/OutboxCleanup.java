package dev.trash.internal;

import dev.trash.spi.TrashTransaction;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.ToLongFunction;

/**
 * Keeps Trash's own tables from growing forever. An event leaves the outbox once every registered listener
 * has taken it up and no listener holds a delivery state for it (with the tombstones of its purge); an event
 * some listener failed on, or gave up on, stays until it is redelivered or older than the event retention.
 * With no listener registered, events stay for the event retention, so that a host that registers a listener
 * later still receives them. Audit lines leave once older than the audit retention. Each batch is a
 * transaction of its own and deletes at most the sweep's batch size of rows.
 */
final class OutboxCleanup {

    /**
     * What a cleanup deleted.
     *
     * @param events outbox events deleted
     * @param auditRecords audit lines deleted
     * @param cutShort whether it stopped at the time budget with work left
     */
    record Tally(long events, long auditRecords, boolean cutShort) {
        static final Tally NONE = new Tally(0, 0, false);
    }

    private final TrashContext context;
    private final SweepSettings settings;
    private final Collection<String> listeners;

    OutboxCleanup(TrashContext context, SweepSettings settings, Collection<String> listeners) {
        this.context = context;
        this.settings = settings;
        this.listeners = List.copyOf(listeners);
    }

    /** Deletes in batches until nothing is left to delete or {@code outOfTime} says stop. */
    Tally run(Instant now, BooleanSupplier outOfTime) {
        Instant eventCutoff = now.minus(settings.eventRetention());
        Instant auditCutoff = now.minus(settings.auditRetention());
        int limit = settings.batchSize();
        long[] events = new long[1];
        boolean done = listeners.isEmpty()
                || drain(tx -> tx.deleteDeliveredEvents(deliveredThrough(tx), limit), events, outOfTime);
        done = done && drain(tx -> tx.deleteEventsBefore(eventCutoff, deliveredThrough(tx), limit), events, outOfTime);
        long[] audit = new long[1];
        done = done && drain(tx -> tx.deleteAuditBefore(auditCutoff, limit), audit, outOfTime);
        return new Tally(events[0], audit[0], !done);
    }

    /**
     * The last sequence every registered listener has taken up; events after it are kept whatever their age,
     * since a listener still has to receive them. Without listeners, every event.
     */
    private long deliveredThrough(TrashTransaction tx) {
        long through = Long.MAX_VALUE;
        for (String name : listeners) {
            through = Math.min(through, tx.listenerPosition(name));
        }
        return through;
    }

    /** Runs batches of {@code batch} until one deletes less than a full batch; false if time ran out first. */
    private boolean drain(ToLongFunction<TrashTransaction> batch, long[] total, BooleanSupplier outOfTime) {
        while (!outOfTime.getAsBoolean()) {
            long deleted = context.repository().inTransaction(batch::applyAsLong);
            total[0] += deleted;
            if (deleted < settings.batchSize()) {
                return true;
            }
        }
        return false;
    }
}
