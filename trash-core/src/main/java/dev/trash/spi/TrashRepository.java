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

    /**
     * Runs {@code work}, which only reads. A store may run its statements without a transaction of its own:
     * each then sees what was committed when it started, as each statement of a READ COMMITTED transaction
     * does, and a page of the Trash costs its one query rather than a transaction's begin, isolation and
     * commit round trips. The default runs it in a transaction.
     *
     * @param work reads, and must not write: a store may commit each statement on its own
     * @param <T> what the work returns
     * @return what the work returned
     */
    default <T> T read(TransactionWork<T> work) {
        return inTransaction(work);
    }
}
