package dev.trash.examples.service;

import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a route's work in one Spring transaction when the service runs on a database, which the starter's
 * Trash joins: what the work does besides (writing a blob) commits with the rows, or undoes them when it
 * fails. The in-memory store has no transaction manager, and the work runs as it is.
 */
@Component
final class Transactions {

    private final TransactionTemplate template;

    Transactions(ObjectProvider<PlatformTransactionManager> manager) {
        PlatformTransactionManager found = manager.getIfUnique();
        this.template = found == null ? null : new TransactionTemplate(found);
    }

    <T> T inTransaction(Supplier<T> work) {
        return template == null ? work.get() : template.execute(status -> work.get());
    }
}
