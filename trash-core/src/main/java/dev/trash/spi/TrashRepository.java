package dev.trash.spi;

/**
 * The port through which the core reaches state. One method: run a unit of work atomically. Everything
 * the work does through its {@link TrashTransaction} commits together, or nothing does.
 *
 * <p>Implementations: {@code dev.trash.memory.InMemoryTrashRepository} in the core, and the JDBI adapter.
 */
public interface TrashRepository {

    /**
     * Runs {@code work} in one transaction. If it throws, every change it made is undone and the exception
     * propagates unchanged.
     */
    <T> T inTransaction(TransactionWork<T> work);
}
