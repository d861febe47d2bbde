package dev.trash.testkit.model;

import dev.trash.ItemRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reference model's data: plain maps of immutable records, copied whole so that an operation that
 * fails can simply be dropped. Holds no rules beyond reading the tree; {@link ReferenceTrash} has those.
 */
final class ModelState {

    /** Identifies an item: the same type and id in two tenants are two items. */
    record Key(String tenant, ItemRef ref) {
    }

    /** An item; {@code trashedBy} is the sequence number of the entry that moved it, or null. */
    record Item(String tenant, ItemRef ref, String name, long sizeBytes, ItemRef parent, Long trashedBy) {

        Item withTrashedBy(Long entry) {
            return new Item(tenant, ref, name, sizeBytes, parent, entry);
        }

        Item withName(String newName) {
            return new Item(tenant, ref, newName, sizeBytes, parent, trashedBy);
        }
    }

    /** A Trash entry: its root, and exactly the descendants its cascade moved. */
    record Entry(long seq, String tenant, ItemRef root, String rootName, ItemRef parent, Instant deletedAt,
                 Instant cleanupAt, Set<ItemRef> cascaded, long sizeBytes, boolean exclusiveAssets) {
    }

    /** A dataset's reference to a shared image. */
    record Link(String tenant, ItemRef owner, ItemRef asset) {
    }

    /** An audit line the store must write: kind is TRASHED, RESTORED or PURGED. */
    record Event(String tenant, String kind, ItemRef root) {

        @Override
        public String toString() {
            return kind + " " + root;
        }
    }

    /** Newest first, as the listing shows entries; the sequence breaks ties of the same instant. */
    static final Comparator<Entry> LISTING_ORDER =
            Comparator.comparing(Entry::deletedAt).thenComparingLong(Entry::seq).reversed();

    final Map<Key, Item> items;
    final Map<Long, Entry> entries;
    final Set<Link> links;
    final List<Event> events;
    /** Shared assets a flagged purge had to keep: a sweep removes each once no owner is left. */
    final Set<Key> watchedAssets;
    long lastSeq;
    Instant now;

    ModelState(Instant now) {
        this(new HashMap<>(), new HashMap<>(), new HashSet<>(), new ArrayList<>(), new HashSet<>(), 0, now);
    }

    private ModelState(Map<Key, Item> items, Map<Long, Entry> entries, Set<Link> links, List<Event> events,
                       Set<Key> watchedAssets, long lastSeq, Instant now) {
        this.items = items;
        this.entries = entries;
        this.links = links;
        this.events = events;
        this.watchedAssets = watchedAssets;
        this.lastSeq = lastSeq;
        this.now = now;
    }

    ModelState copy() {
        return new ModelState(new HashMap<>(items), new HashMap<>(entries), new HashSet<>(links),
                new ArrayList<>(events), new HashSet<>(watchedAssets), lastSeq, now);
    }

    Optional<Item> item(String tenant, ItemRef ref) {
        return Optional.ofNullable(items.get(new Key(tenant, ref)));
    }

    void put(Item item) {
        items.put(new Key(item.tenant(), item.ref()), item);
    }

    /** Removes the item and every link that names it, as owner or as asset. */
    void remove(Item item) {
        Key key = new Key(item.tenant(), item.ref());
        items.remove(key);
        // a later item created with the same id is a new item, not the watched one
        watchedAssets.remove(key);
        links.removeIf(l -> l.tenant().equals(item.tenant())
                && (l.owner().equals(item.ref()) || l.asset().equals(item.ref())));
    }

    /** The item's ancestors, nearest first. */
    List<Item> ancestors(String tenant, ItemRef ref) {
        List<Item> chain = new ArrayList<>();
        Optional<Item> current = item(tenant, ref);
        while (current.isPresent() && current.get().parent() != null) {
            current = item(tenant, current.get().parent());
            current.ifPresent(chain::add);
        }
        return chain;
    }

    /** Exists, and neither it nor any ancestor is in Trash. */
    boolean visible(String tenant, ItemRef ref) {
        Optional<Item> item = item(tenant, ref);
        return item.isPresent() && item.get().trashedBy() == null
                && ancestors(tenant, ref).stream().allMatch(a -> a.trashedBy() == null);
    }

    List<Item> children(String tenant, ItemRef ref) {
        return items.values().stream()
                .filter(i -> i.tenant().equals(tenant) && ref.equals(i.parent()))
                .sorted(Comparator.comparing(i -> i.ref().toString()))
                .toList();
    }

    /** The item and all its descendants, whatever their state. */
    List<Item> subtree(String tenant, ItemRef ref) {
        List<Item> all = new ArrayList<>();
        item(tenant, ref).ifPresent(root -> collect(root, all));
        return all;
    }

    private void collect(Item item, List<Item> into) {
        into.add(item);
        children(item.tenant(), item.ref()).forEach(child -> collect(child, into));
    }

    boolean isProperAncestor(String tenant, ItemRef ancestor, ItemRef of) {
        return ancestors(tenant, of).stream().anyMatch(a -> a.ref().equals(ancestor));
    }

    /** The entry whose root is this item, if it is one. */
    Optional<Entry> entryRootedAt(String tenant, ItemRef ref) {
        return entries.values().stream()
                .filter(e -> e.tenant().equals(tenant) && e.root().equals(ref))
                .findFirst();
    }

    /** The tenant's entries in listing order. */
    List<Entry> entriesOf(String tenant) {
        return entries.values().stream().filter(e -> e.tenant().equals(tenant)).sorted(LISTING_ORDER).toList();
    }
}
