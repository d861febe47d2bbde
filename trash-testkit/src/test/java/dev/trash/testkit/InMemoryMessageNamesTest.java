package dev.trash.testkit;

/** {@link MessageNamesContract} on the in-memory store. */
class InMemoryMessageNamesTest extends MessageNamesContract {

    @Override
    protected StoreUnderTest store() {
        return new InMemoryStore();
    }
}
