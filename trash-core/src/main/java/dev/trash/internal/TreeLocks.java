package dev.trash.internal;

import dev.trash.ItemRef;
import dev.trash.TrashEntry;
import dev.trash.TrashItem;
import dev.trash.spi.TrashTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one order in which move to Trash, restore and purge lock: Trash entries first, outermost first (as
 * the sweeper and empty Trash lock them before they touch items), then the item's ancestors from the top
 * down, then the item. Two operations on one tree therefore queue on the first row they share instead of
 * deadlocking in the middle, and whatever one of them read before its locks it reads again after them.
 */
final class TreeLocks {

    private TreeLocks() {
    }

    /** Locks the entries one by one in the order given (outermost first); returns those that still exist. */
    static List<TrashEntry> lockEntries(TrashTransaction tx, String tenant, List<Long> outermostFirst) {
        List<TrashEntry> locked = new ArrayList<>(outermostFirst.size());
        for (long id : outermostFirst) {
            tx.lockEntry(tenant, id).ifPresent(locked::add);
        }
        return locked;
    }

    /**
     * Locks the item's ancestors from the top down, then the item, and returns the item as it is under the
     * lock. A cascade that reached the item, or the restore of an ancestor, has either committed before
     * this returns or waits for this transaction to end.
     */
    static Optional<TrashItem> lockChain(TrashTransaction tx, String tenant, ItemRef ref) {
        List<TrashItem> ancestors = tx.ancestors(tenant, ref);
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            tx.lockItem(tenant, ancestors.get(i).ref());
        }
        return tx.lockItem(tenant, ref);
    }
}
