package dev.trash.spi;

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
}
