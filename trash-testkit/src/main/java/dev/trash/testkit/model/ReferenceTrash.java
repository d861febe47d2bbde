package dev.trash.testkit.model;

import dev.trash.BulkOutcome.Status;
import dev.trash.DuplicateItemException;
import dev.trash.InvalidRequestException;
import dev.trash.ItemNotFoundException;
import dev.trash.ItemRef;
import dev.trash.NameConflictException;
import dev.trash.NotInTrashException;
import dev.trash.NotTrashRootException;
import dev.trash.ParentInTrashException;
import dev.trash.PurgePolicy;
import dev.trash.PurgeRefusedException;
import dev.trash.RestoreConflictException;
import dev.trash.StorageUsage.TypeUsage;
import dev.trash.TrashCountMismatchException;
import dev.trash.TrashException;
import dev.trash.testkit.ContractTypes;
import dev.trash.testkit.model.ModelState.Entry;
import dev.trash.testkit.model.ModelState.Event;
import dev.trash.testkit.model.ModelState.Item;
import dev.trash.testkit.model.ModelState.Link;
import dev.trash.testkit.model.Observation.ItemView;
import dev.trash.testkit.model.Observation.RowView;
import dev.trash.testkit.model.Observation.TenantObservation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * An executable statement of the Trash semantics, written for obviousness rather than speed: each item
 * records the entry that trashed it, each entry its root and the exact set its cascade moved, and every
 * rule is a few lines over plain maps. It knows the {@link ContractTypes} catalogue and the retention of
 * {@link LiveTrash} by heart, on purpose: it shares no code with the core.
 *
 * <p>Every operation returns an {@link Outcome}; one that fails works on a copy of the state that is then
 * dropped, so it changes nothing, which is what the store must do too.
 */
public final class ReferenceTrash {

    private static final long DAY_MILLIS = 86_400_000L;

    private final PurgePolicy purgePolicy;
    private ModelState state;

    /** An empty model whose clock stands at {@code start}. */
    public ReferenceTrash(Instant start, PurgePolicy purgePolicy) {
        this(new ModelState(start), purgePolicy);
    }

    private ReferenceTrash(ModelState state, PurgePolicy purgePolicy) {
        this.state = state;
        this.purgePolicy = purgePolicy;
    }

    /** An independent copy, to look at the state before a step after the step ran. */
    public ReferenceTrash copy() {
        return new ReferenceTrash(state.copy(), purgePolicy);
    }

    // ---- the catalogue and retention, restated

    /** The catalogue's parent type of a type, or null. */
    public String parentTypeOf(String type) {
        return parentType(type);
    }

    private static String parentType(String type) {
        return switch (type) {
            case ContractTypes.MODEL, ContractTypes.VERSION -> ContractTypes.PROJECT;
            case ContractTypes.FOLDER -> ContractTypes.FOLDER;
            default -> null;
        };
    }

    private static boolean hasUniqueNames(String type) {
        return type.equals(ContractTypes.MODEL) || type.equals(ContractTypes.FOLDER);
    }

    private static boolean referencesAssets(String type) {
        return type.equals(ContractTypes.DATASET);
    }

    /** Mirrors {@link LiveTrash#RETENTION}: the most specific rule wins. */
    private static Duration retentionOf(String tenant, String type) {
        if (tenant.equals(IdSpace.T2) && type.equals(ContractTypes.MODEL)) {
            return Duration.ofDays(1);
        }
        if (tenant.equals(IdSpace.T2)) {
            return Duration.ofDays(10);
        }
        if (type.equals(ContractTypes.FOLDER)) {
            return Duration.ofDays(7);
        }
        return Duration.ofDays(30);
    }

    // ---- transactions: work on a copy, keep it only on success

    /** Thrown inside the model to abandon an operation with the exception the store must throw. */
    private static final class Refusal extends RuntimeException {

        private final Class<? extends TrashException> type;
        private final String detail;

        Refusal(Class<? extends TrashException> type, String detail) {
            super(type.getSimpleName(), null, false, false);
            this.type = type;
            this.detail = detail;
        }
    }

    private static Refusal refuse(Class<? extends TrashException> type) {
        return new Refusal(type, null);
    }

    private Outcome atomically(Function<ModelState, Object> work) {
        ModelState draft = state.copy();
        try {
            Object value = work.apply(draft);
            state = draft;
            return Outcome.ok(value);
        } catch (Refusal r) {
            return Outcome.failed(r.type, r.detail);
        }
    }

    // ---- creating

    /** Adds an active item under an active parent of the catalogue's parent type. */
    public Outcome create(String tenant, ItemRef ref, String name, long sizeBytes, String parentId) {
        return atomically(s -> {
            String parentType = parentType(ref.type());
            if (parentId != null && parentType == null) {
                throw refuse(InvalidRequestException.class);
            }
            ItemRef parent = parentId == null ? null : ItemRef.of(parentType, parentId);
            if (s.item(tenant, ref).isPresent()) {
                throw refuse(DuplicateItemException.class);
            }
            if (parent != null && !s.visible(tenant, parent)) {
                throw refuse(ItemNotFoundException.class);
            }
            if (hasUniqueNames(ref.type()) && activeNamesake(s, tenant, ref, parent, name).isPresent()) {
                throw refuse(NameConflictException.class);
            }
            s.put(new Item(tenant, ref, name, sizeBytes, parent, null));
            return null;
        });
    }

    /** Records that an active dataset references an active image. */
    public Outcome link(String tenant, ItemRef owner, ItemRef asset) {
        return atomically(s -> {
            if (!referencesAssets(owner.type()) || !asset.type().equals(ContractTypes.IMAGE)) {
                throw refuse(InvalidRequestException.class);
            }
            if (!s.visible(tenant, owner) || !s.visible(tenant, asset)) {
                throw refuse(ItemNotFoundException.class);
            }
            s.links.add(new Link(tenant, owner, asset));
            s.watchedAssets.remove(new ModelState.Key(tenant, asset)); // kept for its new owner now
            return null;
        });
    }

    // ---- trash

    /** Moves the item and its active descendants to Trash, or reports the entry that already holds it. */
    public Outcome moveToTrash(String tenant, ItemRef ref, boolean exclusiveAssets) {
        return atomically(s -> {
            if (exclusiveAssets && !referencesAssets(ref.type())) {
                throw refuse(InvalidRequestException.class);
            }
            Item item = s.item(tenant, ref).orElseThrow(() -> refuse(ItemNotFoundException.class));
            if (!s.visible(tenant, ref)) {
                Entry covering = s.entries.get(item.trashedBy());
                return new Outcome.Trashed(false, covering.root(), covering.cleanupAt(), covering.cascaded().size(),
                        covering.sizeBytes());
            }
            List<Item> moved = new ArrayList<>();
            collectActive(s, item, moved);
            long seq = ++s.lastSeq;
            Set<ItemRef> cascaded = new LinkedHashSet<>();
            long bytes = 0;
            for (Item m : moved) {
                s.put(m.withTrashedBy(seq));
                // an asset in Trash is no longer the one a flagged purge kept: its restore does not revive the watch
                s.watchedAssets.remove(new ModelState.Key(tenant, m.ref()));
                bytes += m.sizeBytes();
                if (!m.ref().equals(ref)) {
                    cascaded.add(m.ref());
                }
            }
            Entry entry = new Entry(seq, tenant, ref, item.name(), item.parent(), s.now,
                    s.now.plus(retentionOf(tenant, ref.type())), Set.copyOf(cascaded), bytes, exclusiveAssets);
            s.entries.put(seq, entry);
            s.events.add(new Event(tenant, "TRASHED", ref));
            return new Outcome.Trashed(true, ref, entry.cleanupAt(), cascaded.size(), bytes);
        });
    }

    /** The item and, below it, every descendant not already in Trash (one already in Trash keeps its own entry). */
    private static void collectActive(ModelState s, Item item, List<Item> into) {
        if (item.trashedBy() != null) {
            return;
        }
        into.add(item);
        s.children(item.tenant(), item.ref()).forEach(child -> collectActive(s, child, into));
    }

    // ---- restore

    /** Restores the item's entry, with its trashed ancestors first when asked to. */
    public Outcome restore(String tenant, ItemRef ref, boolean withAncestors, boolean renameOnConflict) {
        return atomically(s -> restoreIn(s, tenant, ref, withAncestors, renameOnConflict));
    }

    /** How the store's messages name an item: by its name, with its id. */
    private static String named(Item item) {
        return item.ref().type() + " \"" + item.name() + "\" (" + item.ref().id() + ")";
    }

    private static Outcome.Restored restoreIn(ModelState s, String tenant, ItemRef ref, boolean withAncestors,
                                              boolean rename) {
        Item item = s.item(tenant, ref).orElseThrow(() -> refuse(NotInTrashException.class));
        if (s.visible(tenant, ref)) {
            throw refuse(NotInTrashException.class);
        }
        List<Item> trashedRoots = s.ancestors(tenant, ref).stream()
                .filter(a -> s.entryRootedAt(tenant, a.ref()).isPresent())
                .toList();
        List<ItemRef> restored = new ArrayList<>();
        long count = 0;
        if (!trashedRoots.isEmpty()) {
            Item blocking = trashedRoots.get(0);
            if (!withAncestors) {
                boolean direct = blocking.ref().equals(item.parent());
                throw new Refusal(ParentInTrashException.class, "Cannot restore " + named(item) + " while its "
                        + (direct ? "parent " : "ancestor ") + named(blocking) + " is in trash. Restore the "
                        + blocking.ref().type() + " first.");
            }
            for (Item ancestor : reversed(trashedRoots)) {
                Entry entry = s.entryRootedAt(tenant, ancestor.ref()).orElseThrow();
                count += restoreEntry(s, entry, rename).itemCount();
                restored.add(entry.root());
            }
        }
        String renamedTo = null;
        if (!s.visible(tenant, ref)) {
            Entry own = s.entryRootedAt(tenant, ref).orElseThrow(
                    () -> new IllegalStateException("model bug: " + ref + " is hidden but no root above it"));
            Outcome.Restored result = restoreEntry(s, own, rename);
            count += result.itemCount();
            renamedTo = result.renamedTo();
            restored.add(own.root());
        }
        return new Outcome.Restored(restored, count, renamedTo);
    }

    private static Outcome.Restored restoreEntry(ModelState s, Entry entry, boolean rename) {
        Item root = s.item(entry.tenant(), entry.root()).orElseThrow();
        String renamedTo = null;
        if (hasUniqueNames(root.ref().type())
                && activeNamesake(s, root.tenant(), root.ref(), root.parent(), root.name()).isPresent()) {
            if (!rename) {
                throw refuse(RestoreConflictException.class);
            }
            renamedTo = root.name() + " (restored)";
            for (int n = 2; activeNamesake(s, root.tenant(), root.ref(), root.parent(), renamedTo).isPresent(); n++) {
                renamedTo = root.name() + " (restored " + n + ")";
            }
            s.put(root.withName(renamedTo));
        }
        Set<ItemRef> members = new HashSet<>(entry.cascaded());
        members.add(entry.root());
        for (ItemRef member : members) {
            Item m = s.item(entry.tenant(), member).orElseThrow(
                    () -> new IllegalStateException("model bug: " + member + " of entry " + entry.root() + " is gone"));
            s.put(m.withTrashedBy(null));
        }
        s.entries.remove(entry.seq());
        s.events.add(new Event(entry.tenant(), "RESTORED", entry.root()));
        return new Outcome.Restored(List.of(entry.root()), members.size(), renamedTo);
    }

    private static Optional<Item> activeNamesake(ModelState s, String tenant, ItemRef self, ItemRef parent,
                                                 String name) {
        return s.items.values().stream()
                .filter(i -> i.tenant().equals(tenant) && i.ref().type().equals(self.type())
                        && !i.ref().equals(self) && java.util.Objects.equals(i.parent(), parent)
                        && i.name().equals(name) && s.visible(tenant, i.ref()))
                .findFirst();
    }

    // ---- purge

    /** Deletes a root of the Trash for good, with everything below it. */
    public Outcome purge(String tenant, ItemRef ref) {
        return atomically(s -> purgeIn(s, tenant, ref));
    }

    private Outcome.Purged purgeIn(ModelState s, String tenant, ItemRef ref) {
        if (purgePolicy == PurgePolicy.DISABLED) {
            throw refuse(PurgeRefusedException.class);
        }
        Item item = s.item(tenant, ref).orElseThrow(() -> refuse(NotInTrashException.class));
        if (s.visible(tenant, ref)) {
            throw refuse(NotInTrashException.class);
        }
        Entry entry = s.entries.get(item.trashedBy());
        if (!entry.root().equals(ref)) {
            throw new Refusal(NotTrashRootException.class, "root " + entry.root());
        }
        if (purgePolicy == PurgePolicy.PROTECTED && s.now.isBefore(effectiveCleanup(s, entry))) {
            throw refuse(PurgeRefusedException.class);
        }
        PurgeTotals totals = new PurgeTotals();
        purgeWithNested(s, entry, totals);
        return totals.toPurged();
    }

    /** Empties the tenant's Trash if it holds exactly {@code expectedCount} entries. */
    public Outcome emptyTrash(String tenant, long expectedCount) {
        return atomically(s -> {
            if (purgePolicy == PurgePolicy.DISABLED) {
                throw refuse(PurgeRefusedException.class);
            }
            List<Entry> all = s.entriesOf(tenant);
            if (all.size() != expectedCount) {
                throw refuse(TrashCountMismatchException.class);
            }
            if (purgePolicy == PurgePolicy.PROTECTED && all.stream().anyMatch(e -> s.now.isBefore(effectiveCleanup(s, e)))) {
                throw refuse(PurgeRefusedException.class);
            }
            PurgeTotals totals = new PurgeTotals();
            // Outer entries in listing order, each taking its nested entries along. The order matters only
            // for assets: an asset is exclusive when the purge that considers it finds no other owner left.
            for (Entry entry : all) {
                if (s.entries.containsKey(entry.seq()) && !isNested(s, entry)) {
                    purgeWithNested(s, entry, totals);
                }
            }
            return totals.toPurged();
        });
    }

    /** Purges every entry of every tenant whose own cleanup time has come, oldest first. */
    public Outcome sweep() {
        return sweepSkipping(IdSpace.T1, Set.of());
    }

    /**
     * A sweep that does not claim the tenant's entries rooted at {@code skipped}, as a sweeper skips the
     * entries another transaction holds locked (it skips, it does not wait); an entry due above a skipped
     * one still takes it along.
     */
    public Outcome sweepSkipping(String tenant, Set<ItemRef> skipped) {
        return atomically(s -> {
            List<Entry> due = s.entries.values().stream()
                    .filter(e -> !s.now.isBefore(e.cleanupAt()))
                    .filter(e -> !(e.tenant().equals(tenant) && skipped.contains(e.root())))
                    .sorted(Comparator.comparing(Entry::cleanupAt).thenComparingLong(Entry::seq))
                    .toList();
            PurgeTotals totals = new PurgeTotals();
            for (Entry entry : due) {
                if (s.entries.containsKey(entry.seq())) {
                    purgeWithNested(s, entry, totals);
                }
            }
            purgeOrphanedWatchedAssets(s, totals);
            return new Outcome.Swept(totals.roots.size(), totals.items, totals.bytes + totals.assetBytes);
        });
    }

    /** Watched assets now unowned and active go; those gone or in Trash on their own are forgotten. */
    private static void purgeOrphanedWatchedAssets(ModelState s, PurgeTotals totals) {
        for (ModelState.Key key : List.copyOf(s.watchedAssets)) {
            boolean owned = s.links.stream()
                    .anyMatch(l -> l.tenant().equals(key.tenant()) && l.asset().equals(key.ref()));
            boolean active = s.visible(key.tenant(), key.ref());
            if (active && owned) {
                continue;
            }
            s.watchedAssets.remove(key);
            if (active) {
                Item asset = s.item(key.tenant(), key.ref()).orElseThrow();
                s.remove(asset);
                totals.assets++;
                totals.assetBytes += asset.sizeBytes();
                s.events.add(new Event(key.tenant(), "PURGED", key.ref()));
            }
        }
    }

    private static boolean isNested(ModelState s, Entry entry) {
        return s.ancestors(entry.tenant(), entry.root()).stream().anyMatch(a -> a.trashedBy() != null);
    }

    /** The earliest cleanup of the entry and of every entry rooted above it: when it really goes. */
    private static Instant effectiveCleanup(ModelState s, Entry entry) {
        Instant earliest = entry.cleanupAt();
        for (Item ancestor : s.ancestors(entry.tenant(), entry.root())) {
            Optional<Entry> above = s.entryRootedAt(entry.tenant(), ancestor.ref());
            if (above.isPresent() && above.get().cleanupAt().isBefore(earliest)) {
                earliest = above.get().cleanupAt();
            }
        }
        return earliest;
    }

    /** What purges removed, added up. */
    private static final class PurgeTotals {
        final List<ItemRef> roots = new ArrayList<>();
        long items;
        long bytes;
        long assets;
        long assetBytes;

        Outcome.Purged toPurged() {
            List<ItemRef> sorted = roots.stream().sorted(Comparator.comparing(ItemRef::toString)).toList();
            return new Outcome.Purged(sorted, items, bytes, assets, assetBytes);
        }
    }

    /**
     * Removes the entry's root with its whole subtree: first the entries nested below it, deepest first,
     * each with its own PURGED event, then its own items, then (when flagged) the assets its items
     * referenced that are active and referenced by no remaining owner.
     */
    private static void purgeWithNested(ModelState s, Entry entry, PurgeTotals totals) {
        List<Entry> nested = s.entries.values().stream()
                .filter(e -> e.tenant().equals(entry.tenant()) && e.seq() != entry.seq()
                        && s.isProperAncestor(entry.tenant(), entry.root(), e.root()))
                .sorted(Comparator.comparingInt((Entry e) -> s.ancestors(e.tenant(), e.root()).size()).reversed())
                .toList();
        for (Entry inner : nested) {
            purgeOwnItems(s, inner, totals);
        }
        purgeOwnItems(s, entry, totals);
        if (!s.subtree(entry.tenant(), entry.root()).isEmpty()) {
            throw new IllegalStateException("model bug: purge of " + entry.root() + " left part of its subtree");
        }
    }

    private static void purgeOwnItems(ModelState s, Entry entry, PurgeTotals totals) {
        List<Item> own = s.items.values().stream()
                .filter(i -> i.tenant().equals(entry.tenant()) && Long.valueOf(entry.seq()).equals(i.trashedBy()))
                .toList();
        Set<ItemRef> referenced = new TreeSet<>(Comparator.comparing(ItemRef::toString));
        for (Item item : own) {
            s.links.stream().filter(l -> l.tenant().equals(entry.tenant()) && l.owner().equals(item.ref()))
                    .forEach(l -> referenced.add(l.asset()));
        }
        for (Item item : own) {
            s.remove(item);
            totals.items++;
            totals.bytes += item.sizeBytes();
        }
        if (entry.exclusiveAssets()) {
            for (ItemRef assetRef : referenced) {
                boolean stillOwned = s.links.stream()
                        .anyMatch(l -> l.tenant().equals(entry.tenant()) && l.asset().equals(assetRef));
                if (!stillOwned && s.visible(entry.tenant(), assetRef)) {
                    Item asset = s.item(entry.tenant(), assetRef).orElseThrow();
                    s.remove(asset);
                    totals.assets++;
                    totals.assetBytes += asset.sizeBytes();
                } else if (stillOwned && s.visible(entry.tenant(), assetRef)) {
                    s.watchedAssets.add(new ModelState.Key(entry.tenant(), assetRef));
                }
            }
        }
        s.entries.remove(entry.seq());
        s.events.add(new Event(entry.tenant(), "PURGED", entry.root()));
        totals.roots.add(entry.root());
    }

    // ---- bulk

    /** Restores each item in its own step, shallowest first; an outcome per item given, in the order given. */
    public Outcome restoreEach(String tenant, Collection<ItemRef> refs) {
        return each(tenant, refs, Comparator.naturalOrder(), Status.RESTORED, ref -> restore(tenant, ref, false, false));
    }

    /** Purges each item in its own step, deepest first; an outcome per item given, in the order given. */
    public Outcome purgeEach(String tenant, Collection<ItemRef> refs) {
        return each(tenant, refs, Comparator.reverseOrder(), Status.PURGED, ref -> purge(tenant, ref));
    }

    private Outcome each(String tenant, Collection<ItemRef> refs, Comparator<Integer> depthOrder, Status success,
                         Function<ItemRef, Outcome> action) {
        List<ItemRef> given = new ArrayList<>(refs);
        Outcome.Each[] outcomes = new Outcome.Each[given.size()];
        java.util.stream.IntStream.range(0, given.size()).boxed()
                .sorted(Comparator.comparing(i -> state.ancestors(tenant, given.get(i)).size(), depthOrder))
                .forEach(i -> outcomes[i] = new Outcome.Each(given.get(i), statusOf(action.apply(given.get(i)), success)));
        return Outcome.ok(List.of(outcomes)); // stable: ties keep the given order; repeated items act again
    }

    /** Restores every root the listing shows, parents first, none with its ancestors; outcomes in listing order. */
    public Outcome restoreAll(String tenant) {
        List<ItemRef> roots = state.entriesOf(tenant).stream().map(Entry::root).toList();
        return each(tenant, roots, Comparator.naturalOrder(), Status.RESTORED,
                ref -> restore(tenant, ref, false, false));
    }

    private static Status statusOf(Outcome outcome, Status success) {
        if (!outcome.isFailure()) {
            return success;
        }
        return switch (outcome.failure()) {
            case "ItemNotFoundException" -> Status.NOT_FOUND;
            case "NotInTrashException" -> Status.NOT_IN_TRASH;
            case "ParentInTrashException" -> Status.PARENT_IN_TRASH;
            case "NotTrashRootException" -> Status.NOT_A_ROOT;
            case "RestoreConflictException" -> Status.CONFLICT;
            case "PurgeRefusedException" -> Status.REFUSED;
            default -> Status.FAILED;
        };
    }

    // ---- time

    /** Moves the clock. */
    public Outcome advance(Duration by) {
        state.now = state.now.plus(by);
        return Outcome.ok(null);
    }

    /** The clock. */
    public Instant now() {
        return state.now;
    }

    /** The distinct cleanup times still ahead, soonest first: where interesting things happen. */
    public List<Instant> upcomingCleanups() {
        return state.entries.values().stream().map(Entry::cleanupAt).filter(t -> t.isAfter(state.now))
                .distinct().sorted().toList();
    }

    // ---- reading

    /** Of which type, where and under which name a new item would take the name of a root in Trash. */
    public record Namesake(String type, String name, String parentId) {
    }

    /** For each root in Trash of a unique-name type whose parent is active or absent: type, name, parent id. */
    public List<Namesake> namesakesOfTrashedRoots(String tenant) {
        return state.entriesOf(tenant).stream()
                .filter(e -> hasUniqueNames(e.root().type()))
                .filter(e -> e.parent() == null || state.visible(tenant, e.parent()))
                .map(e -> new Namesake(e.root().type(), state.item(tenant, e.root()).orElseThrow().name(),
                        e.parent() == null ? null : e.parent().id()))
                .toList();
    }

    /** The tenant's roots in Trash whose restore would clash with an active sibling's name, sorted. */
    public List<ItemRef> trashedRootsWithActiveNamesakes(String tenant) {
        return state.entriesOf(tenant).stream()
                .map(e -> state.item(tenant, e.root()).orElseThrow())
                .filter(root -> hasUniqueNames(root.ref().type())
                        && activeNamesake(state, tenant, root.ref(), root.parent(), root.name()).isPresent())
                .map(Item::ref).sorted(Comparator.comparing(ItemRef::toString)).toList();
    }

    /** The tenant's items that are linked as assets, sorted. */
    public List<ItemRef> linkedAssets(String tenant) {
        return state.links.stream().filter(l -> l.tenant().equals(tenant)).map(Link::asset).distinct()
                .sorted(Comparator.comparing(ItemRef::toString)).toList();
    }

    /** The tenant's items that link assets, sorted. */
    public List<ItemRef> linkOwners(String tenant) {
        return state.links.stream().filter(l -> l.tenant().equals(tenant)).map(Link::owner).distinct()
                .sorted(Comparator.comparing(ItemRef::toString)).toList();
    }

    /** The roots of the tenant's entries, sorted. */
    public List<ItemRef> trashedRoots(String tenant) {
        return state.entriesOf(tenant).stream().map(Entry::root).sorted(Comparator.comparing(ItemRef::toString)).toList();
    }

    /** The roots of the tenant's entries flagged to purge exclusive assets, sorted. */
    public List<ItemRef> flaggedRoots(String tenant) {
        return state.entriesOf(tenant).stream().filter(Entry::exclusiveAssets).map(Entry::root)
                .sorted(Comparator.comparing(ItemRef::toString)).toList();
    }

    /** Whether the item exists in the tenant, in whatever state. */
    public boolean exists(String tenant, ItemRef ref) {
        return state.item(tenant, ref).isPresent();
    }

    /** The tenant's active items of a type (any type for null), sorted. */
    public List<ItemRef> activeItems(String tenant, String typeOrNull) {
        return state.items.values().stream()
                .filter(i -> i.tenant().equals(tenant) && (typeOrNull == null || i.ref().type().equals(typeOrNull)))
                .filter(i -> state.visible(tenant, i.ref()))
                .map(Item::ref).sorted(Comparator.comparing(ItemRef::toString)).toList();
    }

    /** The tenant's items in Trash, roots and hidden ones, sorted. */
    public List<ItemRef> trashedItems(String tenant) {
        return state.items.values().stream()
                .filter(i -> i.tenant().equals(tenant) && !state.visible(tenant, i.ref()))
                .map(Item::ref).sorted(Comparator.comparing(ItemRef::toString)).toList();
    }

    /** The tenant's active items with something in Trash below them, sorted: trashing one nests an entry. */
    public List<ItemRef> activeAncestorsOfTrashed(String tenant) {
        return state.items.values().stream()
                .filter(i -> i.tenant().equals(tenant) && i.trashedBy() != null)
                .flatMap(i -> state.ancestors(tenant, i.ref()).stream())
                .filter(a -> state.visible(tenant, a.ref()))
                .map(Item::ref).distinct().sorted(Comparator.comparing(ItemRef::toString)).toList();
    }

    /** The tenant's items in Trash whose parent is in Trash too (hidden items and nested roots), sorted. */
    public List<ItemRef> trashedItemsUnderTrashedParents(String tenant) {
        return state.items.values().stream()
                .filter(i -> i.tenant().equals(tenant) && i.parent() != null
                        && !state.visible(tenant, i.ref()) && !state.visible(tenant, i.parent()))
                .map(Item::ref).sorted(Comparator.comparing(ItemRef::toString)).toList();
    }

    /** How many entries the tenant's Trash lists. */
    public long count(String tenant) {
        return state.entriesOf(tenant).size();
    }

    /** The audit lines written so far, as "KIND type id", of one tenant. */
    public List<String> auditOf(String tenant) {
        return state.events.stream().filter(e -> e.tenant().equals(tenant)).map(Event::toString).toList();
    }

    /** Whether {@code ancestor} is a proper ancestor of {@code of} in this state. */
    public boolean isProperAncestor(String tenant, ItemRef ancestor, ItemRef of) {
        return state.isProperAncestor(tenant, ancestor, of);
    }

    /** What a user of each tenant sees. */
    public Observation observe() {
        Map<String, TenantObservation> tenants = new TreeMap<>();
        for (String tenant : IdSpace.TENANTS) {
            tenants.put(tenant, observe(tenant));
        }
        return new Observation(tenants);
    }

    private TenantObservation observe(String tenant) {
        ModelState s = state;
        TreeMap<String, ItemView> items = new TreeMap<>();
        for (ItemRef ref : IdSpace.refs()) {
            s.item(tenant, ref).ifPresent(i -> items.put(ref.toString(), new ItemView(i.name(), i.sizeBytes(),
                    i.parent(), s.visible(tenant, ref),
                    i.trashedBy() == null ? null : s.entries.get(i.trashedBy()).root().toString())));
        }
        List<RowView> rows = new ArrayList<>();
        for (Entry e : s.entriesOf(tenant)) {
            Instant effective = effectiveCleanup(s, e);
            String parentName = e.parent() == null ? null
                    : s.item(tenant, e.parent()).map(Item::name).orElse(null);
            rows.add(new RowView(e.root(), e.rootName(), e.parent(), parentName, e.deletedAt(), e.cleanupAt(),
                    effective, daysRemaining(s.now, effective), e.cascaded().size(), e.sizeBytes(),
                    e.exclusiveAssets()));
        }
        TreeMap<String, Long> counts = new TreeMap<>();
        counts.put("*", (long) rows.size());
        for (String type : IdSpace.types()) {
            counts.put(type, rows.stream().filter(r -> r.root().type().equals(type)).count());
        }
        TreeMap<String, TypeUsage> storage = new TreeMap<>();
        for (String type : IdSpace.types()) {
            long activeCount = 0;
            long activeBytes = 0;
            long trashedCount = 0;
            long trashedBytes = 0;
            for (Item i : s.items.values()) {
                if (i.tenant().equals(tenant) && i.ref().type().equals(type)) {
                    if (s.visible(tenant, i.ref())) {
                        activeCount++;
                        activeBytes += i.sizeBytes();
                    } else {
                        trashedCount++;
                        trashedBytes += i.sizeBytes();
                    }
                }
            }
            if (activeCount + trashedCount > 0) {
                storage.put(type, new TypeUsage(activeCount, activeBytes, trashedCount, trashedBytes));
            }
        }
        return new TenantObservation(items, rows, counts, storage);
    }

    /** Whole days left, rounded up; 0 once due. */
    private static long daysRemaining(Instant now, Instant at) {
        long millisLeft = at.toEpochMilli() - now.toEpochMilli();
        return millisLeft <= 0 ? 0 : (millisLeft + DAY_MILLIS - 1) / DAY_MILLIS;
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
