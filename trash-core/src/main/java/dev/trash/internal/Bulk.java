package dev.trash.internal;

import dev.trash.Actor;
import dev.trash.BeingPurgedException;
import dev.trash.BulkOutcome;
import dev.trash.BulkOutcome.Status;
import dev.trash.ItemNotFoundException;
import dev.trash.ItemRef;
import dev.trash.NameConflictException;
import dev.trash.NotInTrashException;
import dev.trash.NotTrashRootException;
import dev.trash.ParentInTrashException;
import dev.trash.PermissionDeniedException;
import dev.trash.PurgeRefusedException;
import dev.trash.RestoreOptions;
import dev.trash.TrashEntry;
import dev.trash.TrashException;
import dev.trash.spi.EntryKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Restore and purge of many items (rule 9): each item in its own transaction, parents restored before
 * children and children purged before parents, with an outcome per item in the order given.
 */
public final class Bulk {

    private static final int PAGE = 200;

    private final TrashContext context;
    private final Restore restore;
    private final Purge purge;

    /** Creates the operation over the single-item ones. */
    public Bulk(TrashContext context, Restore restore, Purge purge) {
        this.context = context;
        this.restore = restore;
        this.purge = purge;
    }

    /** Restores each item, parents first. */
    public List<BulkOutcome> restore(Actor actor, Collection<ItemRef> items, RestoreOptions options) {
        return each(actor, items, Comparator.naturalOrder(), ref -> {
            restore.apply(actor, ref, options);
            return Status.RESTORED;
        });
    }

    /** Purges each item, children first. */
    public List<BulkOutcome> purge(Actor actor, Collection<ItemRef> items) {
        return each(actor, items, Comparator.reverseOrder(), ref -> {
            purge.apply(actor, ref);
            return Status.PURGED;
        });
    }

    /**
     * Restores every root of the tenant. Each one restores its trashed ancestors first, so a nested entry
     * never fails because its parent comes later in the listing; those restored early report NOT_IN_TRASH.
     */
    public List<BulkOutcome> restoreAll(Actor actor) {
        List<BulkOutcome> outcomes = new ArrayList<>();
        EntryKey after = null;
        List<TrashEntry> page;
        do {
            EntryKey from = after;
            page = context.repository().inTransaction(tx -> tx.listEntries(actor.tenant(), null, from, PAGE));
            for (TrashEntry entry : page) {
                outcomes.add(attempt(entry.root(), ref -> {
                    restore.apply(actor, ref, RestoreOptions.defaults().withTrashedAncestors());
                    return Status.RESTORED;
                }));
            }
            if (!page.isEmpty()) {
                TrashEntry last = page.get(page.size() - 1);
                after = new EntryKey(last.deletedAt(), last.id());
            }
        } while (page.size() == PAGE);
        return outcomes;
    }

    private List<BulkOutcome> each(Actor actor, Collection<ItemRef> items, Comparator<Integer> depthOrder,
                                   Function<ItemRef, Status> action) {
        Map<ItemRef, Integer> depths = new LinkedHashMap<>();
        for (ItemRef ref : items) {
            depths.put(ref, depthOf(actor, ref));
        }
        Map<ItemRef, BulkOutcome> outcomes = new LinkedHashMap<>();
        depths.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(depthOrder))
                .forEach(e -> outcomes.put(e.getKey(), attempt(e.getKey(), action)));
        return depths.keySet().stream().map(outcomes::get).toList();
    }

    private int depthOf(Actor actor, ItemRef ref) {
        if (!context.catalogue().contains(ref.type())) {
            return 0;
        }
        return context.repository().inTransaction(tx -> tx.ancestors(actor.tenant(), ref).size());
    }

    private static BulkOutcome attempt(ItemRef ref, Function<ItemRef, Status> action) {
        try {
            return new BulkOutcome(ref, action.apply(ref), null);
        } catch (TrashException e) {
            return new BulkOutcome(ref, statusOf(e), e.getMessage());
        }
    }

    private static Status statusOf(TrashException e) {
        if (e instanceof NotInTrashException) {
            return Status.NOT_IN_TRASH;
        } else if (e instanceof ItemNotFoundException) {
            return Status.NOT_FOUND;
        } else if (e instanceof ParentInTrashException) {
            return Status.PARENT_IN_TRASH;
        } else if (e instanceof NotTrashRootException) {
            return Status.NOT_A_ROOT;
        } else if (e instanceof PermissionDeniedException) {
            return Status.FORBIDDEN;
        } else if (e instanceof NameConflictException) {
            return Status.CONFLICT;
        } else if (e instanceof PurgeRefusedException) {
            return Status.REFUSED;
        } else if (e instanceof BeingPurgedException) {
            return Status.BEING_PURGED;
        }
        return Status.FAILED;
    }
}
