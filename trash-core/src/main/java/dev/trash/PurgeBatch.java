package dev.trash;

import dev.trash.spi.TrashTransaction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one purge transaction is about to delete of one tenant, as a {@link BeforePurgeHook} sees it: the ids
 * of the items the purged entries hold, per type, in the store's canonical text form. Exclusive assets that a
 * flagged purge removes with their last owner are not among them.
 */
public final class PurgeBatch {

    private final String tenant;
    private final Map<String, List<String>> idsByType;
    private final TrashTransaction transaction;

    /**
     * Creates the batch.
     *
     * @param tenant the tenant
     * @param idsByType the ids to be deleted per type; types without items may be left out
     * @param transaction the store's open transaction
     */
    public PurgeBatch(String tenant, Map<String, List<String>> idsByType, TrashTransaction transaction) {
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        idsByType.forEach((type, ids) -> {
            if (!ids.isEmpty()) {
                copy.put(type, List.copyOf(ids));
            }
        });
        this.idsByType = Map.copyOf(copy);
        this.transaction = Objects.requireNonNull(transaction, "transaction");
    }

    /** @return the tenant whose items are purged */
    public String tenant() {
        return tenant;
    }

    /** @return the types with at least one item in the batch */
    public Set<String> types() {
        return idsByType.keySet();
    }

    /**
     * The ids of one type to be deleted.
     *
     * @param type a type name
     * @return its ids, empty when the batch holds none
     */
    public List<String> ids(String type) {
        return idsByType.getOrDefault(type, List.of());
    }

    /** @return every id to be deleted, per type */
    public Map<String, List<String>> idsByType() {
        return idsByType;
    }

    /**
     * The store's open transaction, to write in: JDBI's {@code org.jdbi.v3.core.Handle} on {@code trash-jdbi}.
     *
     * @param type the class the store offers
     * @param <T> that class
     * @return the transaction as that class
     * @throws IllegalArgumentException if the store offers no such view of its transaction
     */
    public <T> T transaction(Class<T> type) {
        return transaction.unwrap(type).orElseThrow(() -> new IllegalArgumentException("the store "
                + transaction.getClass().getName() + " offers its transaction as no " + type.getName()));
    }
}
