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
import dev.trash.spi.TrashTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
            String tenant = actor.tenant();
            requireCount(expectedCount, tx.countEntries(tenant, null)); // refuses early, before any lock
            List<TrashEntry> counted = lockEveryEntry(tx, tenant);
            requireCount(expectedCount, counted.size());
            counted.forEach(entry -> requireDueIfProtected(tx, entry));
            Set<Long> countedIds = counted.stream().map(TrashEntry::id).collect(Collectors.toSet());
            PurgeTally tally = new PurgeTally(true);
            for (int from = 0; from < counted.size(); from += PAGE) {
                List<Long> ids = counted.subList(from, Math.min(counted.size(), from + PAGE)).stream()
                        .map(TrashEntry::id).toList();
                // an entry nested in a counted one goes with it, maybe already with an earlier chunk
                List<TrashEntry> roots = tx.lockEntries(tenant, ids).stream()
                        .filter(entry -> !isNestedIn(tx, entry, countedIds)).toList();
                if (!roots.isEmpty()) {
                    tally.addAll(EntryPurger.purgeAll(tx, context.purgeHooks(), tenant, roots, actor.principal(),
                            context.now(), context.catalogue().typesWithoutPurgeRecords()));
                }
            }
            return tally.toResult();
        });
    }

    /**
     * Every entry of the tenant, locked, page by page. What this returns is what the user's count is held
     * against and exactly what gets purged: an entry trashed after its page was read is neither counted nor
     * purged, as if it came after the whole empty Trash.
     */
    private static List<TrashEntry> lockEveryEntry(TrashTransaction tx, String tenant) {
        List<TrashEntry> locked = new ArrayList<>();
        EntryPages.forEach(PAGE, after -> tx.listEntries(tenant, null, after, PAGE),
                page -> locked.addAll(tx.lockEntries(tenant, page.stream().map(TrashEntry::id).toList())));
        return locked;
    }

    private static void requireCount(long expected, long actual) {
        if (actual != expected) {
            throw new TrashCountMismatchException(expected, actual);
        }
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
            throw new NotInTrashException(ref, item.name());
        }
        TrashEntry entry = tx.lockEntry(actor.tenant(), item.trashEntryId())
                .orElseThrow(() -> new NotInTrashException(ref, item.name()));
        if (!item.isRootOf(entry)) {
            throw new NotTrashRootException(ref, item.name(), entry.root(), entry.rootName());
        }
        TreeLocks.lockChain(tx, actor.tenant(), ref);
        requireDueIfProtected(tx, entry);
        return EntryPurger.purge(tx, context.purgeHooks(), entry, actor.principal(), context.now(),
                context.catalogue().typesWithoutPurgeRecords());
    }

    private void requireDueIfProtected(TrashTransaction tx, TrashEntry entry) {
        if (context.purgePolicy() != PurgePolicy.PROTECTED) {
            return;
        }
        Instant cleanupAt = Ancestry.of(tx, entry.tenant(), entry.root()).effectiveCleanup(entry.scheduledCleanupAt());
        if (context.now().isBefore(cleanupAt)) {
            throw PurgeRefusedException.protectedUntil(entry.root(), entry.rootName(), cleanupAt);
        }
    }

    /**
     * Whether the entry sits below a counted one, which takes it along. Below an entry trashed after the
     * count it is purged on its own, as if the count and purge had come first.
     */
    private static boolean isNestedIn(TrashTransaction tx, TrashEntry entry, Set<Long> counted) {
        return entry.parent() != null && tx.findItem(entry.tenant(), entry.parent())
                .map(parent -> parent.trashEntryId() != null && counted.contains(parent.trashEntryId()))
                .orElse(false);
    }
}
