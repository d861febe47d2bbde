package dev.trash.testkit;

/** {@link DispatchLeaseContract} on the in-memory store. */
class InMemoryDispatchLeaseContractTest extends DispatchLeaseContract {

    @Override
    protected StoreUnderTest store() {
        return new InMemoryStore();
    }
}
