package dev.trash.examples.service;

import dev.trash.TrashItem;
import java.util.List;

/**
 * What the routes need from the database beside {@link dev.trash.Trash}: the one query the core has no verb
 * for, the active items of a type. Everything else goes through the Trash, so the routes do not know which
 * store is behind them.
 */
public interface ServiceStore extends AutoCloseable {

    /** Active items of one type in a workspace, ordered by id. */
    List<TrashItem> listActive(String workspace, String type);

    /** Told after the core created an item, for a store that must remember what to list. */
    default void created(TrashItem item) {
    }

    /** A one-line description for the start banner, without credentials. */
    String describe();

    /** Releases connections the store opened itself. */
    @Override
    void close();
}
