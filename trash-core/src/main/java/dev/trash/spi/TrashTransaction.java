package dev.trash.spi;

import dev.trash.TrashEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Everything the core can do to the store inside one transaction: the three small stores together. */
public interface TrashTransaction extends ItemStore, EntryStore, OutboxStore {

    /**
     * The store's own view of this transaction, for a {@link dev.trash.BeforePurgeHook} that writes in it: a
     * SQL adapter offers its connection handle. By default the transaction itself, if it is of that class.
     *
     * @param type the class asked for
     * @param <T> that class
     * @return the view, or empty if the store has none of that class
     */
    default <T> Optional<T> unwrap(Class<T> type) {
        return type.isInstance(this) ? Optional.of(type.cast(this)) : Optional.empty();
    }

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
