package dev.trash.spi;

/** Everything the core can do to the store inside one transaction: the three small stores together. */
public interface TrashTransaction extends ItemStore, EntryStore, OutboxStore {
}
