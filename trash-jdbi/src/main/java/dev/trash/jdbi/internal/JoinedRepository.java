package dev.trash.jdbi.internal;

import dev.trash.spi.TransactionWork;
import dev.trash.spi.TrashRepository;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Handle;

/**
 * Runs the core's work inside a host's open transaction. The host commits; a failing unit of work (or a
 * preview, which always "fails" to roll itself back) is undone to a savepoint, so it leaves the host's own
 * changes of the same transaction untouched.
 */
public final class JoinedRepository implements TrashRepository {

    private static final AtomicLong SAVEPOINTS = new AtomicLong();

    private final Handle host;
    private final Tables tables;
    private final Dialect dialect;

    /** Joins {@code host}, which must be in a transaction whenever {@link #inTransaction} runs. */
    public JoinedRepository(Handle host, Tables tables, Dialect dialect) {
        this.host = host;
        this.tables = tables;
        this.dialect = dialect;
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
        if (!host.isInTransaction()) {
            throw new IllegalStateException("the host handle has no open transaction: call handle.begin() or use "
                    + "jdbi.useTransaction(...) before trashing through a joined repository");
        }
        String savepoint = "trash_join_" + SAVEPOINTS.incrementAndGet();
        host.savepoint(savepoint);
        T result;
        try {
            result = work.run(new JdbiTransaction(new Session(host, tables, dialect)));
        } catch (RuntimeException | Error e) {
            host.rollbackToSavepoint(savepoint);
            throw e;
        }
        host.releaseSavepoint(savepoint);
        return result;
    }
}
