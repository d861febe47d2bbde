package dev.trash.internal;

import dev.trash.Actor;
import dev.trash.BeforeTrashHook;
import dev.trash.InputLimits;
import dev.trash.InvalidRequestException;
import dev.trash.ItemNotFoundException;
import dev.trash.ItemRef;
import dev.trash.Permission;
import dev.trash.Preview;
import dev.trash.ResourceType;
import dev.trash.TrashEntry;
import dev.trash.TrashEvent;
import dev.trash.TrashItem;
import dev.trash.TrashOptions;
import dev.trash.TrashResult;
import dev.trash.TrashVetoedException;
import dev.trash.spi.SubtreeTotals;
import dev.trash.spi.TrashTransaction;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Moves an item and its active descendants to Trash in one atomic step (rule 1). */
public final class MoveToTrash {

    /** How often a trash re-reads an item that other callers keep changing under it before giving up. */
    private static final int RACE_RETRIES = 3;

    private final TrashContext context;

    /** Creates the operation. */
    public MoveToTrash(TrashContext context) {
        this.context = context;
    }

    /** Trashes the item, or returns the entry that already holds it. */
    public TrashResult apply(Actor actor, ItemRef ref, TrashOptions options) {
        checkRequest(actor, ref, options);
        boolean vetoesRun = options.force();
        for (int attempt = 0; ; attempt++) {
            TrashResult already = context.repository().inTransaction(tx -> existingEntry(tx, actor.tenant(), ref));
            if (already != null) {
                return already;
            }
            if (!vetoesRun) {
                runVetoHooks(actor, ref);
                vetoesRun = true;
            }
            TrashResult moved = context.repository().inTransaction(tx -> {
                TrashItem item = TreeLocks.lockChain(tx, actor.tenant(), ref)
                        .orElseThrow(() -> new ItemNotFoundException(ref));
                return item.isActive() ? moveNow(tx, actor, ref, options) : null;
            });
            if (moved != null || attempt == RACE_RETRIES) {
                return moved != null ? moved
                        : context.repository().inTransaction(tx -> existingEntry(tx, actor.tenant(), ref));
            }
            // trashed meanwhile by another caller: report its entry, read as the first step reads it
        }
    }

    /** What trashing the item would move: the move itself, rolled back. */
    public Preview preview(Actor actor, ItemRef ref) {
        checkRequest(actor, ref, TrashOptions.defaults());
        return DryRun.of(context.repository(), tx -> {
            TrashResult existing = existingEntry(tx, actor.tenant(), ref);
            if (existing != null) {
                return new Preview(ref, 0, 0, 0, 0);
            }
            TrashEntry entry = moveNow(tx, actor, ref, TrashOptions.defaults()).entry();
            return new Preview(ref, entry.cascadedCount() + 1, entry.sizeBytes(), 0, 0);
        });
    }

    private void checkRequest(Actor actor, ItemRef ref, TrashOptions options) {
        ResourceType type = context.typeOf(ref);
        if (options.deleteExclusiveAssets() && !type.ownsAssets()) {
            throw new InvalidRequestException("deleteExclusiveAssets applies only to types that reference assets; "
                    + ref.type() + " references none");
        }
        context.authorize(actor, Permission.trash(ref.type()));
    }

    /**
     * Null when the item is active; otherwise the entry that covers it, without any change. The entry is
     * locked before the item, as purge and restore lock them, so a trash that meets an entry being purged or
     * restored waits for it and then sees the item gone or active, never an entry that is about to vanish.
     */
    private static TrashResult existingEntry(TrashTransaction tx, String tenant, ItemRef ref) {
        TrashItem seen = tx.findItem(tenant, ref).orElseThrow(() -> new ItemNotFoundException(ref));
        for (int attempt = 0; !seen.isActive(); attempt++) {
            Optional<TrashEntry> covering = tx.lockEntry(tenant, seen.trashEntryId());
            TrashItem locked = tx.lockItem(tenant, ref).orElseThrow(() -> new ItemNotFoundException(ref));
            if (covering.isPresent() && Objects.equals(locked.trashEntryId(), covering.get().id())) {
                return new TrashResult(ref, covering.get(), false);
            }
            if (attempt == RACE_RETRIES) {
                throw new IllegalStateException(ref + " is marked with missing entry " + locked.trashEntryId());
            }
            seen = locked;
        }
        return null;
    }

    private void runVetoHooks(Actor actor, ItemRef ref) {
        if (context.hooks().isEmpty()) {
            return;
        }
        TrashItem item = context.repository().inTransaction(tx -> tx.findItem(actor.tenant(), ref))
                .orElseThrow(() -> new ItemNotFoundException(ref));
        for (BeforeTrashHook hook : context.hooks()) {
            Optional<String> veto = hook.veto(actor, ref);
            if (veto.isPresent()) {
                throw new TrashVetoedException(ref, item.name(), veto.get());
            }
        }
    }

    private TrashResult moveNow(TrashTransaction tx, Actor actor, ItemRef ref, TrashOptions options) {
        String tenant = actor.tenant();
        TrashItem item = tx.lockItem(tenant, ref).orElseThrow(() -> new ItemNotFoundException(ref));
        // the store's ref: a store with typed keys finds "007" as row 7 and records it as "7"
        ItemRef root = item.ref();
        Instant now = context.now();
        Instant cleanupAt = now.plus(context.retention().retentionOf(tenant, ref.type()));
        TrashEntry entry = tx.insertEntry(new TrashEntry(0, tenant, root, rootName(item), item.parent(), now,
                actor.principal(), options.reason(), cleanupAt, 0, 0, options.deleteExclusiveAssets(), null));
        SubtreeTotals moved = tx.markActiveSubtree(tenant, root, entry.id());
        long cascaded = moved.itemCount() - 1;
        tx.updateEntryTotals(tenant, entry.id(), moved.sizeBytes(), cascaded);
        EventRecorder.record(tx, TrashEvent.Kind.TRASHED, entry, actor.principal(), now,
                moved.itemCount(), moved.sizeBytes(), 0);
        return new TrashResult(root, entry.withTotals(moved.sizeBytes(), cascaded), true);
    }

    /**
     * The name the entry keeps: the host's row may hold a longer name than {@link InputLimits#NAME}, which is
     * all the entry's column holds, or none at all, when the item goes by its id.
     */
    private static String rootName(TrashItem item) {
        return item.name() == null ? item.ref().id() : TextCut.atMost(item.name(), InputLimits.NAME);
    }
}
