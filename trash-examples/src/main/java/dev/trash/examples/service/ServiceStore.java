package dev.trash.examples.service;

import dev.trash.TrashItem;
import dev.trash.spi.TrashRepository;
import java.util.List;

/**
 * The seam between the HTTP layer and the database: the {@link TrashRepository} the core runs on, plus the
 * one query the core has no verb for, the active items of a type. Everything else goes through
 * {@link dev.trash.Trash}, so the routes do not know which store is behind them.
 */
public interface ServiceStore extends AutoCloseable {

    /** The repository to build the {@link dev.trash.Trash} on. */
    TrashRepository repository();

    /** Active items of one type in a workspace, ordered by id. */
    List<TrashItem> listActive(String workspace, String type);

    /** Told after the core created an item, for a store that must remember what to list. */
    default void created(TrashItem item) {
    }

    /** A one-line description for the start banner, without credentials. */
    String describe();

    /** Releases connections. */
    @Override
    void close();
}
