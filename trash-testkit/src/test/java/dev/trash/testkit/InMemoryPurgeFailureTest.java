package dev.trash.testkit;

import dev.trash.ItemRef;
import dev.trash.memory.InMemoryTrashRepository;
import dev.trash.spi.TrashRepository;

/** Purge failures on the in-memory store, blocked through its test hook. */
class InMemoryPurgeFailureTest extends PurgeFailureContract {

    @Override
    protected StoreUnderTest store() {
        return new InMemoryStore();
    }

    @Override
    protected PurgeBlocker blocker() {
        return new PurgeBlocker() {
            @Override
            public void block(TrashRepository repository, String tenant, ItemRef item) {
                ((InMemoryTrashRepository) repository).blockPurge(tenant, item);
            }

            @Override
            public void unblock(TrashRepository repository, String tenant, ItemRef item) {
                ((InMemoryTrashRepository) repository).unblockPurge(tenant, item);
            }

            @Override
            public String constraint() {
                return "in-memory purge block";
            }
        };
    }
}
