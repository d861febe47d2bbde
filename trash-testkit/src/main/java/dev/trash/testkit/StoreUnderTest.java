package dev.trash.testkit;

import dev.trash.Trash;
import dev.trash.TypeCatalogue;
import dev.trash.spi.TrashRepository;
import java.util.Set;

/**
 * How a store plugs into the contract suite and the property tests: a fresh, empty repository for the
 * {@link ContractTypes} catalogue, and a way to read its whole state for "a failure changed nothing" checks.
 */
public interface StoreUnderTest {

    /** A new repository with no items, entries or events, isolated from every other one. */
    TrashRepository newRepository(TypeCatalogue catalogue);

    /**
     * The store's whole state as a comparable value (a SQL store: every table's rows). Two equal snapshots
     * mean nothing changed. The default compares nothing, which stores should override.
     */
    default Object snapshot(TrashRepository repository) {
        return null;
    }

    /** Types whose storage keeps no size: their items weigh 0 bytes, whatever size they were created with. */
    default Set<String> typesWithoutSize() {
        return Set.of();
    }

    /** Types whose storage keeps no name: their items are named by their id, whatever name they were given. */
    default Set<String> typesWithoutName() {
        return Set.of();
    }

    /**
     * What the store's host needs of every Trash over its repositories, as a host wires it: purge hooks for
     * the host's tables outside Trash, say. The default adds nothing.
     */
    default Trash.Builder configure(Trash.Builder builder) {
        return builder;
    }
}
