package dev.trash.spi;

/** A unit of work run by {@link TrashRepository#inTransaction}. */
@FunctionalInterface
public interface TransactionWork<T> {

    /** Does the work against the transaction's view of the store. */
    T run(TrashTransaction tx);
}
