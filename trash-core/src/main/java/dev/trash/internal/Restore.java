package dev.trash.internal;

import dev.trash.Actor;
import dev.trash.BeingPurgedException;
import dev.trash.InputLimits;
import dev.trash.ItemRef;
import dev.trash.NotInTrashException;
import dev.trash.ParentInTrashException;
import dev.trash.Permission;
import dev.trash.PermissionDeniedException;
import dev.trash.RestoreConflictException;
import dev.trash.RestoreOptions;
import dev.trash.RestoreResult;
import dev.trash.TrashEntry;
import dev.trash.TrashEvent;
import dev.trash.TrashItem;
import dev.trash.spi.TrashTransaction;
import java.util.ArrayList;
import java.util.Collections;
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
        if (options.restoreTrashedAncestors()) {
            TreeLocks.lockEntries(tx, tenant, entryIds(outermostFirst(Ancestry.of(tx, tenant, ref))));
        }
        Covering covering = lockCoveringEntry(tx, tenant, ref);
        if (covering.entry().status() == TrashEntry.Status.PURGING) {
            throw new BeingPurgedException(ref, covering.item().name(), covering.entry().root(),
                    covering.entry().rootName());
        }
        TrashItem item = TreeLocks.lockChain(tx, tenant, ref).orElseThrow(() -> new NotInTrashException(ref));
        // read under the locks: a cascade from above may have committed while this waited for them
        Ancestry ancestry = Ancestry.of(tx, tenant, ref);
        String itemName = item.name();
        ancestry.purging().ifPresent(root -> {
            throw new BeingPurgedException(ref, itemName, root.item().ref(), root.item().name());
        });
        List<TrashEntry> restored = new ArrayList<>();
        long count = 0;
        if (ancestry.anyTrashed()) {
            if (!options.restoreTrashedAncestors()) {
                Ancestry.Root blocking = ancestry.nearest().orElseThrow();
                throw new ParentInTrashException(ref, item.name(), blocking.item().ref(), blocking.item().name(),
                        ancestry.isDirectParent(blocking));
            }
            List<Ancestry.Root> roots = outermostFirst(ancestry);
            roots.forEach(root -> authorizeRestoreOf(actor, root.item()));
            // an ancestor trashed after the first read has an entry this has not locked yet
            TreeLocks.lockEntries(tx, tenant, entryIds(roots));
            for (Ancestry.Root root : roots) {
                count += restoreEntry(tx, actor, root.item(), root.entry(), options).itemCount;
                restored.add(root.entry());
            }
            item = tx.lockItem(tenant, ref).orElseThrow();
        }
        String renamedTo = null;
        if (!item.isActive()) {
            Restored result = restoreEntry(tx, actor, item, covering.entry(), options);
            count += result.itemCount;
            renamedTo = result.renamedTo;
            restored.add(covering.entry());
        }
        return new RestoreResult(restored, count, renamedTo);
    }

    /** Every entry restored needs the restore permission of its root's type, ancestors' entries included. */
    private void authorizeRestoreOf(Actor actor, TrashItem root) {
        Permission permission = Permission.restore(root.ref().type());
        if (!context.authorizer().isAllowed(actor, permission)) {
            throw new PermissionDeniedException(actor, permission, root.ref(), root.name());
        }
    }

    /** The item asked about, as read before its entry was locked, and that entry. */
    private record Covering(TrashItem item, TrashEntry entry) {
    }

    /**
     * Locks the entry that holds the item, entry before items as the sweeper does, so the two cannot
     * deadlock; reads again if the entry went away between the read and the lock.
     */
    private static Covering lockCoveringEntry(TrashTransaction tx, String tenant, ItemRef ref) {
        String name = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            TrashItem item = tx.findItem(tenant, ref).orElseThrow(() -> new NotInTrashException(ref));
            if (item.isActive()) {
                throw new NotInTrashException(ref, item.name());
            }
            name = item.name();
            Optional<TrashEntry> entry = tx.lockEntry(tenant, item.trashEntryId());
            if (entry.isPresent()) {
                return new Covering(item, entry.get());
            }
        }
        throw new NotInTrashException(ref, name);
    }

    private static List<Ancestry.Root> outermostFirst(Ancestry ancestry) {
        List<Ancestry.Root> roots = new ArrayList<>(ancestry.rootsNearestFirst());
        Collections.reverse(roots);
        return roots;
    }

    private static List<Long> entryIds(List<Ancestry.Root> roots) {
        return roots.stream().map(root -> root.entry().id()).toList();
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
     * are the ones they left with. The sibling scope is locked first, so that two restores (or a restore and a
     * create) of namesakes check one after the other and the second sees the first.
     */
    private String resolveNameConflict(TrashTransaction tx, TrashItem root, RestoreOptions options) {
        if (!context.typeOf(root.ref()).uniqueNames()) {
            return null;
        }
        tx.lockNameScope(root.tenant(), root.ref().type(), root.parent());
        Optional<TrashItem> clash = activeNamesake(tx, root, root.name());
        if (clash.isEmpty()) {
            return null;
        }
        if (!options.renameOnConflict()) {
            throw new RestoreConflictException(root.ref(), root.name(), clash.get().ref());
        }
        String candidate = renamed(root.name(), " (restored)");
        for (int n = 2; activeNamesake(tx, root, candidate).isPresent(); n++) {
            candidate = renamed(root.name(), " (restored " + n + ")");
        }
        tx.renameItem(root.tenant(), root.ref(), candidate);
        return candidate;
    }

    /** The name with the suffix, the name shortened so that both fit {@link InputLimits#NAME}. */
    private static String renamed(String name, String suffix) {
        return TextCut.atMost(name, InputLimits.NAME - suffix.length()) + suffix;
    }

    private static Optional<TrashItem> activeNamesake(TrashTransaction tx, TrashItem root, String name) {
        return tx.findActiveByName(root.tenant(), root.ref().type(), root.parent(), name)
                .filter(other -> !other.ref().equals(root.ref()));
    }
}
