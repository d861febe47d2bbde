package dev.trash.spring.boot.autoconfigure.internal;

import dev.trash.jdbi.JdbiTrashRepository;
import dev.trash.spi.TransactionWork;
import dev.trash.spi.TrashRepository;
import dev.trash.spi.TrashTransaction;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The repository of the {@code Trash} bean: a unit of work joins the Spring-managed transaction that holds a
 * connection of the DataSource on this thread (the caller's {@code @Transactional}), on that very connection
 * and inside a savepoint, so a row the caller has already locked is not waited for from a second connection.
 * Without such a transaction the unit runs in a transaction of its own. Units that wrote events hand them to
 * {@code afterCommit} once they are committed: at once in the second case, after the caller's commit in the
 * first, and never when the caller rolls back.
 */
public final class SpringTransactionRepository implements TrashRepository {

    private final JdbiTrashRepository own;
    private final DataSource dataSource;
    private final Jdbi joined;
    private final Runnable afterCommit;

    /**
     * @param own the repository that runs each unit in a transaction of its own, on {@code dataSource}
     * @param dataSource the DataSource whose Spring transactions are joined
     * @param afterCommit delivers committed events; must not join (it runs while the caller's transaction
     *     is still bound, after its commit)
     */
    public SpringTransactionRepository(JdbiTrashRepository own, DataSource dataSource, Runnable afterCommit) {
        this.own = own;
        this.dataSource = dataSource;
        this.afterCommit = afterCommit;
        this.joined = Jdbi.create(new BoundConnections(dataSource));
        // the caller's transaction manager ends the transaction; closing our handle on it must not
        this.joined.getConfig(Handles.class).setForceEndTransactions(false);
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
        AtomicBoolean wroteEvents = new AtomicBoolean();
        TransactionWork<T> watched = tx -> work.run(watching(tx, wroteEvents));
        if (!joinsSpringTransaction()) {
            T result = own.inTransaction(watched);
            if (wroteEvents.get()) {
                afterCommit.run();
            }
            return result;
        }
        T result;
        try (Handle handle = joined.open()) {
            result = own.joining(handle).inTransaction(watched);
        }
        if (wroteEvents.get()) {
            dispatchAfterCommit();
        }
        return result;
    }

    /** Reads inside the caller's transaction when there is one, on the store's own auto-commit handle otherwise. */
    @Override
    public <T> T read(TransactionWork<T> work) {
        return joinsSpringTransaction() ? inTransaction(work) : own.read(work);
    }

    private boolean joinsSpringTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.hasResource(dataSource);
    }

    /**
     * One dispatch per transaction, however many operations it ran. A transaction manager that keeps no
     * synchronizations gives no commit to wait for: the scheduled dispatch delivers those events.
     */
    private void dispatchAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        boolean registered = TransactionSynchronizationManager.getSynchronizations().stream()
                .anyMatch(s -> s instanceof DispatchAfterCommit d && d.owner() == this);
        if (!registered) {
            TransactionSynchronizationManager.registerSynchronization(new DispatchAfterCommit(this, afterCommit));
        }
    }

    /**
     * Notes whether the unit appended an event, so that reads never trigger a dispatch. A proxy rather than a
     * decorator, so that the transaction interface can grow without this class following it.
     */
    private static TrashTransaction watching(TrashTransaction tx, AtomicBoolean wroteEvents) {
        return (TrashTransaction) Proxy.newProxyInstance(TrashTransaction.class.getClassLoader(),
                new Class<?>[] {TrashTransaction.class}, (proxy, method, args) -> {
                    if (method.getName().equals("appendEvent")) {
                        wroteEvents.set(true);
                    }
                    try {
                        return method.invoke(tx, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private record DispatchAfterCommit(SpringTransactionRepository owner, Runnable dispatch)
            implements TransactionSynchronization {

        @Override
        public void afterCommit() {
            dispatch.run();
        }
    }

    /** The connection Spring has bound to the transaction; released, not closed, with the handle. */
    private record BoundConnections(DataSource dataSource) implements ConnectionFactory {

        @Override
        public Connection openConnection() {
            return DataSourceUtils.getConnection(dataSource);
        }

        @Override
        public void closeConnection(Connection connection) {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
