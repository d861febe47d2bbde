package dev.trash.internal;

import dev.trash.ItemRef;
import dev.trash.TrashEntry;
import dev.trash.TrashItem;
import dev.trash.spi.TrashTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The trashed entries above an item: which ancestor blocks a restore, and when the item will really be
 * purged (the earliest cleanup of its own entry and of every trashed ancestor's).
 *
 * @param rootsNearestFirst the ancestors that are roots of their own entries, nearest first
 * @param directParent the item's parent, or {@code null}
 */
record Ancestry(List<Root> rootsNearestFirst, TrashItem directParent) {

    /** An ancestor that is the root of an entry. */
    record Root(TrashItem item, TrashEntry entry) {
    }

    static Ancestry of(TrashTransaction tx, String tenant, ItemRef ref) {
        List<TrashItem> ancestors = tx.ancestors(tenant, ref);
        List<Root> roots = new ArrayList<>();
        for (TrashItem ancestor : ancestors) {
            if (ancestor.isActive()) {
                break; // a cascade marks every active descendant, so nothing above an active item is trashed
            }
            tx.findEntry(tenant, ancestor.trashEntryId())
                    .filter(ancestor::isRootOf)
                    .ifPresent(entry -> roots.add(new Root(ancestor, entry)));
        }
        return new Ancestry(List.copyOf(roots), ancestors.isEmpty() ? null : ancestors.get(0));
    }

    boolean anyTrashed() {
        return !rootsNearestFirst.isEmpty();
    }

    /** The nearest trashed ancestor whose entry a sweeper is purging. */
    Optional<Root> purging() {
        return rootsNearestFirst.stream().filter(r -> r.entry().status() == TrashEntry.Status.PURGING).findFirst();
    }

    Optional<Root> nearest() {
        return rootsNearestFirst.stream().findFirst();
    }

    boolean isDirectParent(Root root) {
        return directParent != null && directParent.ref().equals(root.item().ref());
    }

    /** The earliest of {@code own} and the cleanup times of the trashed ancestors' entries. */
    Instant effectiveCleanup(Instant own) {
        Instant earliest = own;
        for (Root root : rootsNearestFirst) {
            if (root.entry().scheduledCleanupAt().isBefore(earliest)) {
                earliest = root.entry().scheduledCleanupAt();
            }
        }
        return earliest;
    }
}
