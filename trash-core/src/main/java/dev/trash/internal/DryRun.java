package dev.trash.internal;

import dev.trash.spi.TrashRepository;
import dev.trash.spi.TransactionWork;

/**
 * Runs work in a transaction and rolls it back, keeping its result: a preview that is exact because it is
 * the real operation, undone.
 */
final class DryRun {

    private DryRun() {
    }

    @SuppressWarnings("unchecked")
    static <T> T of(TrashRepository repository, TransactionWork<T> work) {
        try {
            repository.inTransaction(tx -> {
                throw new Rollback(work.run(tx));
            });
            throw new IllegalStateException("the repository swallowed the rollback of a dry run");
        } catch (Rollback rollback) {
            return (T) rollback.result;
        }
    }

    private static final class Rollback extends RuntimeException {

        private final transient Object result;

        Rollback(Object result) {
            super(null, null, false, false);
            this.result = result;
        }
    }
}
