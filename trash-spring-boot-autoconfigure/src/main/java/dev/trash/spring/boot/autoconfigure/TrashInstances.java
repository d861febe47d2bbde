package dev.trash.spring.boot.autoconfigure;

import dev.trash.EventDispatcher;
import dev.trash.Trash;
import dev.trash.TrashSweeper;

/**
 * The two faces of the auto-configured Trash over one store: {@link #operations()} joins the caller's
 * Spring transaction (the {@code Trash} bean); {@link #background()} always works in transactions of its own,
 * so that the sweeper's claims and the dispatcher's leases commit at once whoever calls them (the
 * {@code TrashSweeper} and {@code EventDispatcher} beans). With a store that does not join, both are the same
 * instance.
 *
 * @param operations the Trash of the caller's operations
 * @param background the Trash whose sweeper and dispatcher the starter schedules
 */
public record TrashInstances(Trash operations, Trash background) {

    /** @return the sweeper, which never joins a caller's transaction */
    public TrashSweeper sweeper() {
        return background.sweeper();
    }

    /** @return the dispatcher, which never joins a caller's transaction */
    public EventDispatcher dispatcher() {
        return background.dispatcher();
    }
}
