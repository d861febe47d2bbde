package dev.trash.jdbi.internal;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a transaction again when the database ended it as a deadlock victim or a serialization failure
 * (SQLState class 40). Such an end undoes everything the transaction did, and the core's units of work touch
 * nothing outside their transaction, so running one again is what a serial order would have done. Without
 * this, two unrelated operations that happen to lock index records in opposite orders (MariaDB's cascade
 * scans, a restore with trashed ancestors against a sweep) would hand the caller a raw database error.
 */
public final class DeadlockRetry {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlockRetry.class);
    private static final int ATTEMPTS = 5;

    private DeadlockRetry() {
    }

    /** Runs {@code transaction}, again up to four times while it ends as a deadlock victim. */
    public static <T> T run(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !isDeadlock(e)) {
                    throw e;
                }
                LOG.debug("Trash transaction ended as a deadlock victim; running it again (attempt {})", attempt + 1, e);
                pause(attempt);
            }
        }
    }

    static boolean isDeadlock(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    /** A random pause that grows with the attempt, so the two victims of one deadlock do not meet again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt + 5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a deadlocked transaction", e);
        }
    }
}
