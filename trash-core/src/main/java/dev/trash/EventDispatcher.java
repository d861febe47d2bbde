package dev.trash;

import dev.trash.internal.Dispatch;

/**
 * Delivers the outbox's events to the registered {@link TrashListener}s, at least once and in order.
 * {@link Trash} calls it after each operation when built with {@code dispatchAfterCommit(true)} (the
 * default); a host should also call {@link #dispatch()} on a schedule and at start, so that events written
 * by a process that died before delivering them still arrive.
 */
public final class EventDispatcher {

    private final Dispatch dispatch;

    EventDispatcher(Dispatch dispatch) {
        this.dispatch = dispatch;
    }

    /** Delivers every pending event; returns the number of deliveries. */
    public long dispatch() {
        return dispatch.run();
    }
}
