package dev.trash.spi;

import dev.trash.ItemRef;
import dev.trash.OwnershipCycleException;
import dev.trash.StorageUsage;
import dev.trash.TrashItem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Storage verbs for the host's resources and their Trash markers. Every call is scoped to a tenant. */
public interface ItemStore {

    /** The item, active or not. */
    Optional<TrashItem> findItem(String tenant, ItemRef ref);

    /** The item, locked against concurrent changes until the transaction ends (SELECT ... FOR UPDATE). */
    Optional<TrashItem> lockItem(String tenant, ItemRef ref);

    /** Adds a new active item; the caller has checked that its id is free and its parent active. */
    void insertItem(TrashItem item);

    /** Changes the name of an item. */
    void renameItem(String tenant, ItemRef ref, String name);

    /** An active item of {@code type} under {@code parent} (or at the top when null) with that name. */
    Optional<TrashItem> findActiveByName(String tenant, String type, ItemRef parent, String name);

    /** Records that {@code owner} references the shared {@code asset}; a second call is a no-op. */
    void linkAsset(String tenant, ItemRef owner, ItemRef asset);

    /**
     * Locks the scope in which names of {@code type} must be unique among active siblings: the parent's row,
     * or for top-level items whatever stands for the tenant's top level of that type. Held until the
     * transaction ends, so that two checks for a free name in one scope run one after the other. A store
     * whose transactions never overlap (the in-memory one) keeps this default, which does nothing.
     */
    default void lockNameScope(String tenant, String type, ItemRef parentOrNull) {
    }

    /**
     * The item's ancestors, nearest first; an adapter may override this with one recursive query, and must
     * then refuse a cycle as this does.
     *
     * @throws OwnershipCycleException when the host's rows make an ancestor its own ancestor
     */
    default List<TrashItem> ancestors(String tenant, ItemRef ref) {
        List<TrashItem> chain = new ArrayList<>();
        Optional<TrashItem> current = findItem(tenant, ref);
        // every item walked so far, in order, with its name for the message should the walk come back
        Map<ItemRef, String> seen = new LinkedHashMap<>();
        seen.put(ref, current.map(TrashItem::name).orElse(null));
        while (current.isPresent() && current.get().parent() != null) {
            ItemRef parent = current.get().parent();
            if (seen.containsKey(parent)) {
                List<ItemRef> path = new ArrayList<>(seen.keySet());
                List<ItemRef> cycle = new ArrayList<>(path.subList(path.indexOf(parent), path.size()));
                cycle.add(parent);
                throw new OwnershipCycleException(ref, cycle, seen);
            }
            current = findItem(tenant, parent);
            seen.put(parent, current.map(TrashItem::name).orElse(null));
            current.ifPresent(chain::add);
        }
        return chain;
    }

    /** Items held by the entry (root and cascaded), ordered by type then id, after {@code after} (exclusive). */
    List<TrashItem> itemsOfEntry(String tenant, long entryId, ItemRef after, int limit);

    /**
     * The ids of the items the entries hold, per type, in canonical form: what a purge of those entries is
     * about to delete, for {@link dev.trash.BeforePurgeHook}s. A SQL adapter reads them with one query; this
     * default pages through {@link #itemsOfEntry}.
     */
    default Map<String, List<String>> itemIdsOfEntries(String tenant, Collection<Long> entryIds) {
        Map<String, List<String>> ids = new TreeMap<>();
        for (long entryId : entryIds) {
            ItemRef after = null;
            List<TrashItem> page;
            do {
                page = itemsOfEntry(tenant, entryId, after, 500);
                page.forEach(item -> ids.computeIfAbsent(item.ref().type(), t -> new ArrayList<>()).add(item.ref().id()));
                after = page.isEmpty() ? null : page.get(page.size() - 1).ref();
            } while (page.size() == 500);
        }
        return ids;
    }

    /** Active and trashed counts and bytes per type. */
    Map<String, StorageUsage.TypeUsage> storageUsage(String tenant);
}
