package dev.trash.testkit;

import dev.trash.ItemRef;
import dev.trash.spi.TrashRepository;

/**
 * How a store under test makes the purge of a chosen item fail, as a host row outside Trash that references
 * the item would: a SQL store inserts such a row under a real foreign key, the in-memory store uses its
 * test hook. For {@link PurgeFailureContract}.
 */
public interface PurgeBlocker {

    /** From now on every purge that would remove the item fails, until {@link #unblock}. */
    void block(TrashRepository repository, String tenant, ItemRef item);

    /** Lets purges of the item succeed again. */
    void unblock(TrashRepository repository, String tenant, ItemRef item);

    /** The constraint name a blocked purge reports. */
    String constraint();
}
