package dev.trash;

import dev.trash.internal.Sweep;

/**
 * Purges the entries whose {@code scheduledCleanupAt} has come (rule 7). A host calls {@link #sweep()} from
 * its own scheduler; daily at 03:00 UTC is the reference. A sweep works in batches, one transaction each,
 * and is idempotent: running it twice, or on two threads at once, purges each due entry once.
 */
public final class TrashSweeper {

    private final Sweep sweep;

    TrashSweeper(Sweep sweep) {
        this.sweep = sweep;
    }

    /** Purges everything due now, within the configured batch size and time budget. */
    public SweepReport sweep() {
        return sweep.run();
    }
}
