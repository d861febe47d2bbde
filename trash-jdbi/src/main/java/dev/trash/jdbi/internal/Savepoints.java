package dev.trash.jdbi.internal;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementException;

/**
 * Runs a statement that may hit a unique constraint inside a savepoint. PostgreSQL refuses every further
 * statement of a transaction after an error until it rolls back to a savepoint, so this is what lets the
 * transaction go on (to look up the conflict, or to report that another instance was first).
 */
final class Savepoints {

    private static final AtomicLong NAMES = new AtomicLong();

    private Savepoints() {
    }

    /**
     * The work's result, or {@code onDuplicate}'s after rolling the work back when it violated a unique
     * constraint; any other failure propagates.
     */
    static <T> T onDuplicate(Session s, Supplier<T> work, Supplier<T> onDuplicate) {
        return onFailure(s, work, e -> e.getCause() instanceof SQLException sql && s.dialect().isUniqueViolation(sql),
                onDuplicate);
    }

    /**
     * The work's result, or {@code fallback}'s after rolling the work back when it failed as {@code expected}
     * says; any other failure propagates.
     */
    static <T> T onFailure(Session s, Supplier<T> work, Predicate<StatementException> expected, Supplier<T> fallback) {
        Handle handle = s.handle();
        String name = "trash_sp_" + NAMES.incrementAndGet();
        handle.savepoint(name);
        T result;
        try {
            result = work.get();
        } catch (StatementException e) {
            if (!expected.test(e)) {
                throw e;
            }
            handle.rollbackToSavepoint(name);
            return fallback.get();
        }
        handle.releaseSavepoint(name);
        return result;
    }
}
