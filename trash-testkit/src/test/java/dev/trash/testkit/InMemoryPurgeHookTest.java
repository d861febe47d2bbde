package dev.trash.testkit;

import dev.trash.BeforePurgeHook;
import dev.trash.ItemRef;
import dev.trash.memory.InMemoryTrashRepository;
import dev.trash.spi.TrashRepository;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Purge hooks on the in-memory store: its purge block stands for the outside table's foreign key. */
class InMemoryPurgeHookTest extends PurgeHookContract {

    @Override
    protected StoreUnderTest store() {
        return new InMemoryStore();
    }

    @Override
    protected OutsideReferences references() {
        return new OutsideReferences() {
            private final Map<String, Long> rows = new ConcurrentHashMap<>();

            @Override
            public void add(TrashRepository repository, String tenant, ItemRef project) {
                rows.merge(tenant + "/" + project.id(), 1L, Long::sum);
                ((InMemoryTrashRepository) repository).blockPurge(tenant, project);
            }

            @Override
            public long count(TrashRepository repository, String tenant, ItemRef project) {
                return rows.getOrDefault(tenant + "/" + project.id(), 0L);
            }

            @Override
            public BeforePurgeHook deleteReferences(TrashRepository repository) {
                return batch -> batch.ids(ContractTypes.PROJECT).forEach(id -> {
                    rows.remove(batch.tenant() + "/" + id);
                    ((InMemoryTrashRepository) repository).unblockPurge(batch.tenant(), ItemRef.of(ContractTypes.PROJECT, id));
                });
            }
        };
    }
}
