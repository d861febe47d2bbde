package dev.trash.testkit;

import dev.trash.testkit.model.TrashModelProperties;

/** The model-based properties against the core's in-memory store. */
class InMemoryTrashModelPropertiesTest extends TrashModelProperties {

    @Override
    protected StoreUnderTest store() {
        return new InMemoryStore();
    }
}
