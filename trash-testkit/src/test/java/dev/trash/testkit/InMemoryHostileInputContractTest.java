package dev.trash.testkit;

/** {@link HostileInputContract} on the in-memory store. */
class InMemoryHostileInputContractTest extends HostileInputContract {

    @Override
    protected StoreUnderTest store() {
        return new InMemoryStore();
    }
}
