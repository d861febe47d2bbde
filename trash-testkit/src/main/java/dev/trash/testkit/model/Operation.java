package dev.trash.testkit.model;

import dev.trash.BulkOutcome;
import dev.trash.ItemRef;
import dev.trash.PurgeResult;
import dev.trash.Resource;
import dev.trash.RestoreOptions;
import dev.trash.RestoreResult;
import dev.trash.SweepReport;
import dev.trash.TrashEntry;
import dev.trash.TrashOptions;
import dev.trash.TrashResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One step of a generated script, run against the real store and against the model. Its {@code toString}
 * reads as a line of the script ("trash model m1"), so that a shrunk failure reads as a story.
 */
public sealed interface Operation {

    /** Runs it on the real store. */
    Outcome applyTo(LiveTrash live);

    /** Runs it on the model. */
    Outcome applyTo(ReferenceTrash model);

    /**
     * The concrete step to run, for steps defined relative to the state ("advance to the next cleanup",
     * "confirm the right count"): resolved once against the model, then run on both sides.
     */
    default Operation resolve(ReferenceTrash model) {
        return this;
    }

    /** "[t2] " for the second tenant, nothing for the usual one: keeps scripts short. */
    private static String prefix(String tenant) {
        return tenant.equals(IdSpace.T1) ? "" : "[" + tenant + "] ";
    }

    /** Creates an item, under a parent of the catalogue's parent type or at the top. */
    record Create(String tenant, ItemRef ref, String name, long sizeBytes, String parentId) implements Operation {

        @Override
        public Outcome applyTo(LiveTrash live) {
            return Outcome.of(() -> {
                live.trash().create(live.actor(tenant), new Resource(ref, name, sizeBytes, parentId));
                return null;
            });
        }

        @Override
        public Outcome applyTo(ReferenceTrash model) {
            return model.create(tenant, ref, name, sizeBytes, parentId);
        }

        @Override
        public String toString() {
            return prefix(tenant) + "create " + ref + " '" + name + "' " + sizeBytes + "B"
                    + (parentId == null ? "" : " in " + parentId);
        }
    }

    /** Links a dataset to an image. */
    record Link(String tenant, ItemRef owner, ItemRef asset) implements Operation {

        @Override
        public Outcome applyTo(LiveTrash live) {
            return Outcome.of(() -> {
                live.trash().linkAsset(live.actor(tenant), owner, asset);
                return null;
            });
        }

        @Override
        public Outcome applyTo(ReferenceTrash model) {
            return model.link(tenant, owner, asset);
        }

        @Override
        public String toString() {
            return prefix(tenant) + "link " + owner + " to " + asset;
        }
    }

    /** Moves an item to Trash. */
    record MoveToTrash(String tenant, ItemRef ref, boolean exclusiveAssets) implements Operation {

        @Override
        public Outcome applyTo(LiveTrash live) {
            TrashOptions options = exclusiveAssets ? TrashOptions.defaults().withExclusiveAssets() : TrashOptions.defaults();
            return Outcome.of(() -> {
                TrashResult result = live.trash().moveToTrash(live.actor(tenant), ref, options);
                TrashEntry entry = result.entry();
                return new Outcome.Trashed(result.created(), entry.root(), entry.scheduledCleanupAt(),
                        entry.cascadedCount(), entry.sizeBytes());
            });
        }

        @Override
        public Outcome applyTo(ReferenceTrash model) {
            return model.moveToTrash(tenant, ref, exclusiveAssets);
        }

        @Override
        public String toString() {
            return prefix(tenant) + "trash " + ref + (exclusiveAssets ? " with exclusive assets" : "");
        }
    }

    /** Restores an item. */
    record Restore(String tenant, ItemRef ref, boolean withAncestors, boolean renameOnConflict) implements Operation {

        @Override
        public Outcome applyTo(LiveTrash live) {
            RestoreOptions options = new RestoreOptions(withAncestors, renameOnConflict);
            return Outcome.of(() -> {
                RestoreResult result = live.trash().restore(live.actor(tenant), ref, options);
                return new Outcome.Restored(result.restored().stream().map(TrashEntry::root).toList(),
                        result.itemCount(), result.renamedTo());
            });
        }

        @Override
        public Outcome applyTo(ReferenceTrash model) {
            return model.restore(tenant, ref, withAncestors, renameOnConflict);
        }

        @Override
        public String toString() {
            String options = withAncestors && renameOnConflict ? " with ancestors, renaming on conflict"
                    : withAncestors ? " with ancestors" : renameOnConflict ? " renaming on conflict" : "";
            return prefix(tenant) + "restore " + ref + options;
        }
    }

    /** Deletes a root permanently. */
    record Purge(String tenant, ItemRef ref) implements Operation {

        @Override
        public Outcome applyTo(LiveTrash live) {
            return Outcome.of(() -> purged(live.trash().purge(live.actor(tenant), ref)));
        }

        @Override
        public Outcome applyTo(ReferenceTrash model) {
            return model.purge(tenant, ref);
        }

        @Override
        public String toString() {
            return prefix(tenant) + "purge " + ref;
        }
    }

    /** Restores several items, each on its own. */
    record BulkRestore(String tenant, List<ItemRef> refs) implements Operation {

        @Override
        public Outcome applyTo(LiveTrash live) {
            return Outcome.of(() -> each(live.trash().restoreAll(live.actor(tenant), refs)));
        }

        @Override
        public Outcome applyTo(ReferenceTrash model) {
            return model.restoreEach(tenant, refs);
        }

        @Override
        public String toString() {
            return prefix(tenant) + "bulk restore " + refs;
        }
    }

    /** Purges several items, each on its own. */
    record BulkPurge(String tenant, List<ItemRef> refs) implements Operation {

        @Override
        public Outcome applyTo(LiveTrash live) {
            return Outcome.of(() -> each(live.trash().purgeAll(live.actor(tenant), refs)));
        }

        @Override
        public Outcome applyTo(ReferenceTrash model) {
            return model.purgeEach(tenant, refs);
        }

        @Override
        public String toString() {
            return prefix(tenant) + "bulk purge " + refs;
        }
    }

    /** Restores every root of a tenant's Trash. */
    record RestoreAll(String tenant) implements Operation {

        @Override
        public Outcome applyTo(LiveTrash live) {
            return Outcome.of(() -> each(live.trash().restoreAll(live.actor(tenant))));
        }

        @Override
        public Outcome applyTo(ReferenceTrash model) {
            return model.restoreAll(tenant);
        }

        @Override
        public String toString() {
            return prefix(tenant) + "restore all";
        }
    }

    /** Empties a tenant's Trash, confirming the listed count plus {@code offset} (0 is the right count). */
    record EmptyTrash(String tenant, int offset) implements Operation {

        @Override
        public Operation resolve(ReferenceTrash model) {
            return new EmptyTrashConfirming(tenant, model.count(tenant) + offset);
        }

        @Override
        public Outcome applyTo(LiveTrash live) {
            throw new IllegalStateException("resolve first");
        }

        @Override
        public Outcome applyTo(ReferenceTrash model) {
            throw new IllegalStateException("resolve first");
        }

        @Override
        public String toString() {
            return prefix(tenant) + "empty trash confirming "
                    + (offset == 0 ? "the count" : "count" + (offset > 0 ? "+" : "") + offset);
        }
    }

    /** Empty Trash with a concrete confirmed count. */
    record EmptyTrashConfirming(String tenant, long expectedCount) implements Operation {

        @Override
        public Outcome applyTo(LiveTrash live) {
            return Outcome.of(() -> purged(live.trash().emptyTrash(live.actor(tenant), expectedCount)));
        }

        @Override
        public Outcome applyTo(ReferenceTrash model) {
            return model.emptyTrash(tenant, expectedCount);
        }

        @Override
        public String toString() {
            return prefix(tenant) + "empty trash confirming " + expectedCount;
        }
    }

    /** Runs the sweeper. */
    record Sweep() implements Operation {

        @Override
        public Outcome applyTo(LiveTrash live) {
            return Outcome.of(() -> {
                SweepReport report = live.trash().sweeper().sweep();
                return new Outcome.Swept(report.rootsPurged(), report.itemsPurged(), report.bytesFreed());
            });
        }

        @Override
        public Outcome applyTo(ReferenceTrash model) {
            return model.sweep();
        }

        @Override
        public String toString() {
            return "sweep";
        }
    }

    /** Moves the clock forward. */
    record Advance(Duration by) implements Operation {

        @Override
        public Outcome applyTo(LiveTrash live) {
            live.clock().advance(by);
            return Outcome.ok(null);
        }

        @Override
        public Outcome applyTo(ReferenceTrash model) {
            return model.advance(by);
        }

        @Override
        public String toString() {
            return "advance " + format(by);
        }
    }

    /**
     * Moves the clock to the {@code which}-th upcoming cleanup time (counting from 0, wrapping around), or one
     * second before it: the boundaries where a sweep and the days remaining must flip.
     */
    record AdvanceToCleanup(int which, boolean oneSecondBefore) implements Operation {

        @Override
        public Operation resolve(ReferenceTrash model) {
            List<Instant> upcoming = model.upcomingCleanups();
            if (upcoming.isEmpty()) {
                return new Advance(Duration.ZERO);
            }
            Instant target = upcoming.get(which % upcoming.size());
            Duration by = Duration.between(model.now(), target);
            return new Advance(oneSecondBefore ? by.minusSeconds(1) : by);
        }

        @Override
        public Outcome applyTo(LiveTrash live) {
            throw new IllegalStateException("resolve first");
        }

        @Override
        public Outcome applyTo(ReferenceTrash model) {
            throw new IllegalStateException("resolve first");
        }

        @Override
        public String toString() {
            return "advance to " + (oneSecondBefore ? "1s before " : "") + "upcoming cleanup #" + (which + 1);
        }
    }

    private static Outcome.Purged purged(PurgeResult result) {
        List<ItemRef> roots = result.purged().stream().map(TrashEntry::root)
                .sorted(Comparator.comparing(ItemRef::toString)).toList();
        return new Outcome.Purged(roots, result.itemCount(), result.sizeBytes(), result.assetCount(),
                result.assetBytes());
    }

    private static List<Outcome.Each> each(List<BulkOutcome> outcomes) {
        return outcomes.stream().map(o -> new Outcome.Each(o.item(), o.status())).collect(Collectors.toList());
    }

    /** "30d", "1d 2h 3m 4s", "0s". */
    static String format(Duration d) {
        if (d.isZero()) {
            return "0s";
        }
        StringBuilder out = new StringBuilder();
        long days = d.toDays();
        if (days > 0) {
            out.append(days).append("d ");
        }
        if (d.toHoursPart() > 0) {
            out.append(d.toHoursPart()).append("h ");
        }
        if (d.toMinutesPart() > 0) {
            out.append(d.toMinutesPart()).append("m ");
        }
        if (d.toSecondsPart() > 0) {
            out.append(d.toSecondsPart()).append("s ");
        }
        return out.toString().trim();
    }
}
