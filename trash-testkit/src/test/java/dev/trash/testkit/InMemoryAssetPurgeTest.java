package dev.trash.testkit;

/** Kept shared assets and purge events on the in-memory store. */
class InMemoryAssetPurgeTest extends AssetPurgeContract {

    @Override
    protected StoreUnderTest store() {
        return new InMemoryStore();
    }
}
