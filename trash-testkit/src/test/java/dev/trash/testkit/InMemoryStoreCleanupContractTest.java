package dev.trash.testkit;

/** {@link StoreCleanupContract} on the in-memory store. */
class InMemoryStoreCleanupContractTest extends StoreCleanupContract {

    @Override
    protected StoreUnderTest store() {
        return new InMemoryStore();
    }
}
