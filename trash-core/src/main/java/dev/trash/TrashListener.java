package dev.trash;

/**
 * Receives {@link TrashEvent}s after the change they describe has committed. Delivery is at least once:
 * use {@link TrashEvent#eventId()} to skip a repeat. An exception makes the dispatcher retry the event later.
 */
@FunctionalInterface
public interface TrashListener {

    /** Handles one event. */
    void onEvent(TrashEvent event) throws Exception;
}
