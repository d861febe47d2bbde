package dev.trash.internal;

import dev.trash.Actor;
import dev.trash.ItemRef;
import dev.trash.NotInTrashException;
import dev.trash.NotTrashRootException;
import dev.trash.Permission;
import dev.trash.Preview;
import dev.trash.PurgePolicy;
import dev.trash.PurgeRefusedException;
import dev.trash.PurgeResult;
import dev.trash.TrashCountMismatchException;
import dev.trash.TrashEntry;
import dev.trash.TrashItem;
import dev.trash.spi.EntryKey;
import dev.trash.spi.TrashTransaction;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Permanent deletion on request: one root, and empty Trash (rules 6, 8 and 10). */
public final class Purge {

    private static final int PAGE = 200;

    private final TrashContext context;

    /** Creates the operation. */
    public Purge(TrashContext context) {
        this.context = context;
    }

    /** Purges a root now, with everything below it. */
    public PurgeResult apply(Actor actor, ItemRef ref) {
        checkAllowed(actor, ref);
        return context.repository().inTransaction(tx -> purgeRoot(tx, actor, ref).toResult());
    }

    /** What {@link #apply} would remove: the purge itself, rolled back. */
    public Preview preview(Actor actor, ItemRef ref) {
        checkAllowed(actor, ref);
        PurgeResult result = DryRun.of(context.repository(), tx -> purgeRoot(tx, actor, ref).toResult());
        return new Preview(ref, result.itemCount(), result.sizeBytes(), result.assetCount(), result.assetBytes());
    }

    /** Purges every entry of the tenant, if it still holds exactly {@code expectedCount} entries. */
    public PurgeResult emptyTrash(Actor actor, long expectedCount) {
        context.authorize(actor, Permission.PURGE);
        if (context.purgePolicy() == PurgePolicy.DISABLED) {
            throw PurgeRefusedException.disabled();
        }
        return context.repository().inTransaction(tx -> {
            long actual = tx.countEntries(actor.tenant(), null);
            if (actual != expectedCount) {
                throw new TrashCountMismatchException(expectedCount, actual);
            }
            PurgeTally tally = new PurgeTally(true);
            forEachPage(tx, actor.tenant(), page -> page.forEach(entry -> requireDueIfProtected(tx, entry)));
            forEachPage(tx, actor.tenant(), page -> {
                // entries nested in another one go with it; earlier pages may have taken some already
                List<TrashEntry> roots = tx.lockEntries(actor.tenant(), page.stream().map(TrashEntry::id).toList())
                        .stream().filter(entry -> !isNested(tx, entry)).toList();
                if (!roots.isEmpty()) {
                    tally.addAll(EntryPurger.purgeAll(tx, actor.tenant(), roots, actor.principal(), context.now()));
                }
            });
            return tally.toResult();
        });
    }

    private void checkAllowed(Actor actor, ItemRef ref) {
        context.typeOf(ref);
        context.authorize(actor, Permission.PURGE);
        if (context.purgePolicy() == PurgePolicy.DISABLED) {
            throw PurgeRefusedException.disabled();
        }
    }

    private PurgeTally purgeRoot(TrashTransaction tx, Actor actor, ItemRef ref) {
        TrashItem item = tx.findItem(actor.tenant(), ref).orElseThrow(() -> new NotInTrashException(ref));
        if (item.isActive()) {
            throw new NotInTrashException(ref);
        }
        TrashEntry entry = tx.lockEntry(actor.tenant(), item.trashEntryId())
                .orElseThrow(() -> new NotInTrashException(ref));
        if (!item.isRootOf(entry)) {
            throw new NotTrashRootException(ref, entry.root());
        }
        requireDueIfProtected(tx, entry);
        return EntryPurger.purge(tx, entry, actor.principal(), context.now());
    }

    private void requireDueIfProtected(TrashTransaction tx, TrashEntry entry) {
        if (context.purgePolicy() != PurgePolicy.PROTECTED) {
            return;
        }
        Instant cleanupAt = Ancestry.of(tx, entry.tenant(), entry.root()).effectiveCleanup(entry.scheduledCleanupAt());
        if (context.now().isBefore(cleanupAt)) {
            throw PurgeRefusedException.protectedUntil(entry.root(), cleanupAt);
        }
    }

    private static boolean isNested(TrashTransaction tx, TrashEntry entry) {
        return entry.parent() != null && tx.findItem(entry.tenant(), entry.parent())
                .map(parent -> !parent.isActive()).orElse(false);
    }

    private static void forEachPage(TrashTransaction tx, String tenant, Consumer<List<TrashEntry>> action) {
        EntryKey after = null;
        List<TrashEntry> page;
        do {
            page = tx.listEntries(tenant, null, after, PAGE);
            action.accept(page);
            if (!page.isEmpty()) {
                TrashEntry last = page.get(page.size() - 1);
                after = new EntryKey(last.deletedAt(), last.id());
            }
        } while (page.size() == PAGE);
    }
}
