package dev.trash.testkit;

import dev.trash.BeforePurgeHook;
import dev.trash.ItemRef;
import dev.trash.spi.TrashRepository;

/**
 * Rows of a host table outside Trash that reference projects and refuse their purge while they exist, as a
 * {@code project_tags} table with a foreign key to projects does: a SQL store keeps them in such a table,
 * the in-memory store blocks the purge through its test hook. For {@link PurgeHookContract}.
 */
public interface OutsideReferences {

    /** Adds a row that references the project. */
    void add(TrashRepository repository, String tenant, ItemRef project);

    /** How many rows reference the project. */
    long count(TrashRepository repository, String tenant, ItemRef project);

    /** A hook that deletes the rows of the batch's projects, in the purge's transaction, with one statement. */
    BeforePurgeHook deleteReferences(TrashRepository repository);
}
