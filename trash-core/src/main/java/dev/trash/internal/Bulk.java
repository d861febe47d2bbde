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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Restore and purge of many items (rule 9): each item in its own transaction, parents restored before
 * children and children purged before parents, with an outcome per item given (repeated ones included) in
 * the order given.
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
     * Restores every root of the tenant, parents first, each on its own: an ancestor is never restored
     * implicitly, so a root whose ancestor stayed in Trash (refused, in conflict, anything) is PARENT_IN_TRASH.
     * The outcomes follow the listing, newest first.
     */
    public List<BulkOutcome> restoreAll(Actor actor) {
        List<ItemRef> roots = new ArrayList<>();
        EntryPages.forEach(PAGE,
                after -> context.repository().inTransaction(tx -> tx.listEntries(actor.tenant(), null, after, PAGE)),
                page -> page.forEach(entry -> roots.add(entry.root())));
        return restore(actor, roots, RestoreOptions.defaults());
    }

    /** Acts on each item given, repeated ones again, in depth order (stable); the outcomes in the order given. */
    private List<BulkOutcome> each(Actor actor, Collection<ItemRef> items, Comparator<Integer> depthOrder,
                                   Function<ItemRef, Status> action) {
        List<ItemRef> given = new ArrayList<>(items);
        Map<ItemRef, Integer> depths = new HashMap<>();
        given.forEach(ref -> depths.computeIfAbsent(ref, r -> depthOf(actor, r)));
        BulkOutcome[] outcomes = new BulkOutcome[given.size()];
        IntStream.range(0, given.size()).boxed()
                .sorted(Comparator.comparing(i -> depths.get(given.get(i)), depthOrder))
                .forEach(i -> outcomes[i] = attempt(given.get(i), action));
        return List.of(outcomes);
    }

    /** 0 for what has no depth to speak of (unknown type, a cycle): its own attempt reports why. */
    private int depthOf(Actor actor, ItemRef ref) {
        if (!context.catalogue().contains(ref.type())) {
            return 0;
        }
        try {
            return context.repository().inTransaction(tx -> tx.ancestors(actor.tenant(), ref).size());
        } catch (TrashException e) {
            return 0;
        }
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
