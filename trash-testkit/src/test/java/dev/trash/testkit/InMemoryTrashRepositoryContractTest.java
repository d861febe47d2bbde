package dev.trash.testkit;


/** The contract, on the in-memory store. */
class InMemoryTrashRepositoryContractTest extends TrashRepositoryContract {

    @Override
    protected StoreUnderTest store() {
        return new InMemoryStore();
    }
}
