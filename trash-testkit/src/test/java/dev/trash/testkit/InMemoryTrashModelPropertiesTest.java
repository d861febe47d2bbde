package dev.trash.testkit;

import dev.trash.TypeCatalogue;
import dev.trash.memory.InMemoryTrashRepository;
import dev.trash.spi.TrashRepository;
import dev.trash.testkit.model.TrashModelProperties;

/** The model-based properties against the core's in-memory store. */
class InMemoryTrashModelPropertiesTest extends TrashModelProperties {

    @Override
    protected StoreUnderTest store() {
        return new StoreUnderTest() {
            @Override
            public TrashRepository newRepository(TypeCatalogue catalogue) {
                return new InMemoryTrashRepository();
            }
        };
    }
}
