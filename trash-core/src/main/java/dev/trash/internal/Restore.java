package dev.trash.internal;

import dev.trash.Actor;
import dev.trash.ItemNotFoundException;
import dev.trash.ItemRef;
import dev.trash.NotInTrashException;
import dev.trash.ParentInTrashException;
import dev.trash.Permission;
import dev.trash.RestoreConflictException;
import dev.trash.RestoreOptions;
import dev.trash.RestoreResult;
import dev.trash.TrashEntry;
import dev.trash.TrashEvent;
import dev.trash.TrashItem;
import dev.trash.spi.TrashTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Restores an entry: exactly the items its cascade moved (rules 2 to 4). */
public final class Restore {

    private final TrashContext context;

    /** Creates the operation. */
    public Restore(TrashContext context) {
        this.context = context;
    }

    /** Restores the item's entry, or fails changing nothing. */
    public RestoreResult apply(Actor actor, ItemRef ref, RestoreOptions options) {
        context.typeOf(ref);
        context.authorize(actor, Permission.restore(ref.type()));
        return context.repository().inTransaction(tx -> restore(tx, actor, ref, options));
    }

    private RestoreResult restore(TrashTransaction tx, Actor actor, ItemRef ref, RestoreOptions options) {
        String tenant = actor.tenant();
        TrashItem item = tx.lockItem(tenant, ref).orElseThrow(() -> new ItemNotFoundException(ref));
        if (item.isActive()) {
            throw new NotInTrashException(ref);
        }
        Ancestry ancestry = Ancestry.of(tx, tenant, ref);
        List<TrashEntry> restored = new ArrayList<>();
        long count = 0;
        if (ancestry.anyTrashed()) {
            if (!options.restoreTrashedAncestors()) {
                Ancestry.Root blocking = ancestry.nearest().orElseThrow();
                throw new ParentInTrashException(ref, blocking.item().ref(), ancestry.isDirectParent(blocking));
            }
            for (Ancestry.Root root : reversed(ancestry.rootsNearestFirst())) {
                count += restoreEntry(tx, actor, root.item(), root.entry(), options).itemCount;
                restored.add(root.entry());
            }
            item = tx.lockItem(tenant, ref).orElseThrow();
        }
        String renamedTo = null;
        if (!item.isActive()) {
            TrashEntry own = tx.findEntry(tenant, item.trashEntryId()).orElseThrow();
            Restored result = restoreEntry(tx, actor, item, own, options);
            count += result.itemCount;
            renamedTo = result.renamedTo;
            restored.add(own);
        }
        return new RestoreResult(restored, count, renamedTo);
    }

    private record Restored(long itemCount, String renamedTo) {
    }

    private Restored restoreEntry(TrashTransaction tx, Actor actor, TrashItem root, TrashEntry entry,
                                  RestoreOptions options) {
        String tenant = actor.tenant();
        String renamedTo = resolveNameConflict(tx, root, options);
        long count = tx.unmarkEntry(tenant, entry.id());
        tx.deleteEntry(tenant, entry.id());
        EventRecorder.record(tx, TrashEvent.Kind.RESTORED, entry, actor.principal(), context.now(),
                count, entry.sizeBytes(), 0);
        return new Restored(count, renamedTo);
    }

    /**
     * Only the root can clash: nothing can be created under a trashed parent, so the cascaded items' siblings
     * are the ones they left with.
     */
    private String resolveNameConflict(TrashTransaction tx, TrashItem root, RestoreOptions options) {
        if (!context.typeOf(root.ref()).uniqueNames()) {
            return null;
        }
        Optional<TrashItem> clash = activeNamesake(tx, root, root.name());
        if (clash.isEmpty()) {
            return null;
        }
        if (!options.renameOnConflict()) {
            throw new RestoreConflictException(root.ref(), root.name(), clash.get().ref());
        }
        String candidate = root.name() + " (restored)";
        for (int n = 2; activeNamesake(tx, root, candidate).isPresent(); n++) {
            candidate = root.name() + " (restored " + n + ")";
        }
        tx.renameItem(root.tenant(), root.ref(), candidate);
        return candidate;
    }

    private static Optional<TrashItem> activeNamesake(TrashTransaction tx, TrashItem root, String name) {
        return tx.findActiveByName(root.tenant(), root.ref().type(), root.parent(), name)
                .filter(other -> !other.ref().equals(root.ref()));
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
