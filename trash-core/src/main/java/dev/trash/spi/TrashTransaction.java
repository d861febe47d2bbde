package dev.trash.spi;

import dev.trash.TrashEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Everything the core can do to the store inside one transaction: the three small stores together. */
public interface TrashTransaction extends ItemStore, EntryStore, OutboxStore {

    /**
     * A page of {@link #listEntries}, each entry with its root's parent: a SQL adapter reads it in one query
     * (the keyset page joined to the parents' tables), so a Trash page costs no statement per row.
     */
    default List<ListedEntry> listEntriesWithParents(String tenant, String typeOrNull, EntryKey after, int limit) {
        return withParents(tenant, listEntries(tenant, typeOrNull, after, limit));
    }

    /**
     * The entries among {@code entryIds} that exist in the tenant, each with its root's parent, in no
     * particular order; one query in a SQL adapter.
     */
    default List<ListedEntry> entriesWithParents(String tenant, Collection<Long> entryIds) {
        List<TrashEntry> found = new ArrayList<>();
        for (long id : entryIds) {
            findEntry(tenant, id).ifPresent(found::add);
        }
        return withParents(tenant, found);
    }

    private List<ListedEntry> withParents(String tenant, List<TrashEntry> entries) {
        return entries.stream().map(e -> new ListedEntry(e, e.parent() == null ? null
                : findItem(tenant, e.parent()).orElse(null))).toList();
    }
}
