package dev.trash.testkit;

import dev.trash.TypeCatalogue;
import dev.trash.memory.InMemoryTrashRepository;
import dev.trash.spi.TrashRepository;

/** The in-memory store as a {@link StoreUnderTest}; its snapshot is the repository's own. */
final class InMemoryStore implements StoreUnderTest {

    @Override
    public TrashRepository newRepository(TypeCatalogue catalogue) {
        return new InMemoryTrashRepository();
    }

    @Override
    public Object snapshot(TrashRepository repository) {
        return ((InMemoryTrashRepository) repository).snapshot();
    }
}
