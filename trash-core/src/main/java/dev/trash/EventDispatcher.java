package dev.trash;

import dev.trash.internal.Dispatch;
import java.util.List;

/**
 * Delivers the outbox's events to the registered {@link TrashListener}s, at least once, and in outbox
 * order for each listener and Trash root. A failing listener is retried with backoff ({@link RetryPolicy})
 * without holding back other roots; after the last attempt the event is undeliverable and stays visible
 * through {@link #failures}.
 * {@link Trash} calls it after each operation when built with {@code dispatchAfterCommit(true)} (the
 * default); a host should also call {@link #dispatch()} on a schedule and at start, so that events written
 * by a process that died before delivering them still arrive.
 */
public final class EventDispatcher {

    private final Dispatch dispatch;

    EventDispatcher(Dispatch dispatch) {
        this.dispatch = dispatch;
    }

    /**
     * Delivers every pending event whose turn has come to each listener this instance can lease; returns
     * the number of deliveries. Safe to call from several threads and service instances at once.
     */
    public long dispatch() {
        return dispatch.run();
    }

    /**
     * A page of the listener's events waiting for a retry ({@code undeliverable == false}) or given up on;
     * {@code limit} is 1 to {@link TrashQuery#MAX_LIMIT}.
     */
    public List<FailedDelivery> failures(String listener, boolean undeliverable, long afterSequence, int limit) {
        Identifiers.requireLimit(limit);
        return dispatch.failures(listener, undeliverable, afterSequence, limit);
    }

    /** Arms an undeliverable event for delivery again; false if the listener has no such event. */
    public boolean redeliver(String listener, long sequence) {
        return dispatch.redeliver(listener, sequence);
    }
}
