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

    /** An operation that can pick its item from the current state instead of using its fixed one. */
    interface Aimable {

        /**
         * The same operation, aimed at the {@code pick}-th (wrapping around) of the items it would find most
         * interesting in the model's state; itself when there are none.
         */
        Operation aimAt(ReferenceTrash model, int pick);
    }

    /**
     * An operation aimed at the state: "restore the 2nd item in Trash". Generating fixed ids alone, most
     * steps would meet items that do not exist or are not in Trash; aiming makes the rules fire. Resolved
     * before it runs, so scripts always show the concrete operation.
     */
    record Aimed(int pick, Operation template) implements Operation {

        @Override
        public Operation resolve(ReferenceTrash model) {
            return ((Aimable) template).aimAt(model, pick);
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
            return template + " (or aimed at #" + pick + ")";
        }
    }

    private static <T> T choose(List<T> candidates, int pick, T fallback) {
        return candidates.isEmpty() ? fallback : candidates.get(Math.floorMod(pick, candidates.size()));
    }

    /** "[t2] " for the second tenant, nothing for the usual one: keeps scripts short. */
    private static String prefix(String tenant) {
        return tenant.equals(IdSpace.T1) ? "" : "[" + tenant + "] ";
    }

    /** Creates an item, under a parent of the catalogue's parent type or at the top. */
    record Create(String tenant, ItemRef ref, String name, long sizeBytes, String parentId)
            implements Operation, Aimable {

        /**
         * A fresh id of the type (so that it succeeds, and a new sibling may take a trashed item's name),
         * under an active item of the parent type; a folder may also go to the top.
         */
        @Override
        public Operation aimAt(ReferenceTrash model, int pick) {
            List<ItemRef> fresh = IdSpace.refsOf(ref.type()).stream()
                    .filter(r -> !model.exists(tenant, r)).toList();
            ItemRef target = choose(fresh, pick, ref);
            List<ReferenceTrash.Namesake> namesakes = model.namesakesOfTrashedRoots(tenant);
            if (pick % 3 == 0 && !namesakes.isEmpty()) { // takes a trashed root's name: its restore will clash
                ReferenceTrash.Namesake namesake = choose(namesakes, pick / 3, null);
                List<ItemRef> freshOfType = IdSpace.refsOf(namesake.type()).stream()
                        .filter(r -> !model.exists(tenant, r)).toList();
                if (!freshOfType.isEmpty()) {
                    return new Create(tenant, choose(freshOfType, pick, null), namesake.name(), sizeBytes,
                            namesake.parentId());
                }
            }
            String parentType = model.parentTypeOf(ref.type());
            if (parentType == null) {
                return new Create(tenant, target, name, sizeBytes, parentId);
            }
            List<String> parents = new java.util.ArrayList<>(model.activeItems(tenant, parentType).stream()
                    .map(ItemRef::id).toList());
            if (parentType.equals(ref.type())) {
                parents.add(0, null);
            }
            return new Create(tenant, target, name, sizeBytes, choose(parents, pick / 2, parentId));
        }

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
    record Link(String tenant, ItemRef owner, ItemRef asset) implements Operation, Aimable {

        /** Between an active dataset and an active image; every other pick an image another owner links. */
        @Override
        public Operation aimAt(ReferenceTrash model, int pick) {
            List<ItemRef> owners = model.activeItems(tenant, owner.type());
            List<ItemRef> shared = model.linkedAssets(tenant).stream()
                    .filter(a -> model.activeItems(tenant, a.type()).contains(a)).toList();
            List<ItemRef> assets = pick % 2 == 0 && !shared.isEmpty() ? shared : model.activeItems(tenant, asset.type());
            if (owners.isEmpty() || assets.isEmpty()) {
                return this;
            }
            return new Link(tenant, choose(owners, pick, owner), choose(assets, pick / owners.size(), asset));
        }

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
    record MoveToTrash(String tenant, ItemRef ref, boolean exclusiveAssets) implements Operation, Aimable {

        /**
         * With the flag, a dataset that links images. Otherwise every other pick an active ancestor of
         * something in Trash, which nests entries; else an active item of the same type, or any active item.
         */
        @Override
        public Operation aimAt(ReferenceTrash model, int pick) {
            List<ItemRef> nesting = model.activeAncestorsOfTrashed(tenant);
            List<ItemRef> sameType = model.activeItems(tenant, ref.type());
            List<ItemRef> owningAssets = model.activeItems(tenant, ref.type()).stream()
                    .filter(model.linkOwners(tenant)::contains).toList();
            if (exclusiveAssets && !owningAssets.isEmpty()) { // where the flag matters
                return new MoveToTrash(tenant, choose(owningAssets, pick, ref), true);
            }
            List<ItemRef> candidates = pick % 2 == 0 && !nesting.isEmpty() ? nesting
                    : sameType.isEmpty() ? model.activeItems(tenant, null) : sameType;
            return new MoveToTrash(tenant, choose(candidates, pick / 2, ref), exclusiveAssets);
        }

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
    record Restore(String tenant, ItemRef ref, boolean withAncestors, boolean renameOnConflict)
            implements Operation, Aimable {

        /**
         * An item in Trash; one pick in three one under a trashed parent, one in three a root whose name an
         * active sibling took, if there are such: that is where restore gets interesting.
         */
        @Override
        public Operation aimAt(ReferenceTrash model, int pick) {
            List<ItemRef> special = pick % 3 == 0 ? model.trashedItemsUnderTrashedParents(tenant)
                    : pick % 3 == 1 ? model.trashedRootsWithActiveNamesakes(tenant) : List.of();
            List<ItemRef> candidates = special.isEmpty() ? model.trashedItems(tenant) : special;
            return new Restore(tenant, choose(candidates, pick / 3, ref), withAncestors, renameOnConflict);
        }

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
    record Purge(String tenant, ItemRef ref) implements Operation, Aimable {

        /**
         * A root in Trash, every fourth pick one flagged to take its exclusive assets along; every third pick
         * any item in Trash, roots or hidden ones, which must be refused.
         */
        @Override
        public Operation aimAt(ReferenceTrash model, int pick) {
            List<ItemRef> candidates = pick % 4 == 0 ? model.flaggedRoots(tenant)
                    : pick % 3 == 0 ? model.trashedItems(tenant) : model.trashedRoots(tenant);
            return new Purge(tenant, choose(candidates.isEmpty() ? model.trashedItems(tenant) : candidates,
                    pick, ref));
        }

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
    record BulkRestore(String tenant, List<ItemRef> refs) implements Operation, Aimable {

        /** As many items in Trash as it names. */
        @Override
        public Operation aimAt(ReferenceTrash model, int pick) {
            return new BulkRestore(tenant, several(model.trashedItems(tenant), pick, refs));
        }

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
    record BulkPurge(String tenant, List<ItemRef> refs) implements Operation, Aimable {

        /** As many items in Trash as it names. */
        @Override
        public Operation aimAt(ReferenceTrash model, int pick) {
            return new BulkPurge(tenant, several(model.trashedItems(tenant), pick, refs));
        }

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
            return new EmptyTrashConfirming(tenant, model.count(tenant) + offset,
                    offset == 0 ? "the count" : "count" + (offset > 0 ? "+" : "") + offset);
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
    record EmptyTrashConfirming(String tenant, long expectedCount, String note) implements Operation {

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
            return prefix(tenant) + "empty trash confirming " + expectedCount + (note == null ? "" : " (" + note + ")");
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
    record Advance(Duration by, String note) implements Operation {

        /** A plain move of the clock. */
        public Advance(Duration by) {
            this(by, null);
        }

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
            return "advance " + format(by) + (note == null ? "" : " (" + note + ")");
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
                return new Advance(Duration.ZERO, "no cleanup ahead");
            }
            Instant target = upcoming.get(which % upcoming.size());
            Duration by = Duration.between(model.now(), target);
            String note = (oneSecondBefore ? "1s before" : "to") + " the cleanup at " + target;
            return new Advance(oneSecondBefore ? by.minusSeconds(1) : by, note);
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

    private static List<ItemRef> several(List<ItemRef> candidates, int pick, List<ItemRef> fallback) {
        if (candidates.isEmpty()) {
            return fallback;
        }
        List<ItemRef> chosen = new java.util.ArrayList<>();
        for (int i = 0; i < fallback.size(); i++) {
            chosen.add(choose(candidates, pick + i * 2, null)); // every other one: both orders of depth happen
        }
        return chosen.stream().distinct().toList();
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
