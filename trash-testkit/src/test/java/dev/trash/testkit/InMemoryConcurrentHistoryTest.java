package dev.trash.testkit;

import dev.trash.testkit.concurrency.ConcurrentHistoryProperties;

/** The concurrency property on the core's in-memory store. */
class InMemoryConcurrentHistoryTest extends ConcurrentHistoryProperties {

    @Override
    protected StoreUnderTest store() {
        return new InMemoryStore();
    }

    @Override
    protected String storeName() {
        return "in-memory";
    }
}
