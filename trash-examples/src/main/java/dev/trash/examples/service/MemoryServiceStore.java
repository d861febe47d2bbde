package dev.trash.examples.service;

import dev.trash.ItemRef;
import dev.trash.TrashItem;
import dev.trash.memory.InMemoryTrashRepository;
import dev.trash.spi.TrashRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The in-memory store ({@code TRASH_DB_URL=memory}): nothing survives a restart. The core's in-memory
 * repository has no "list active items" verb, so this store remembers the ids it was told about and asks
 * the repository for the state of each.
 */
public final class MemoryServiceStore implements ServiceStore {

    private final InMemoryTrashRepository repository = new InMemoryTrashRepository();
    private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();

    /** The core's in-memory repository, which the starter takes as the host's own store. */
    public TrashRepository repository() {
        return repository;
    }

    @Override
    public List<TrashItem> listActive(String workspace, String type) {
        Set<String> known = ids.getOrDefault(workspace + '/' + type, Set.of());
        return repository.inTransaction(tx -> known.stream()
                .map(id -> tx.findItem(workspace, ItemRef.of(type, id)))
                .flatMap(Optional::stream)
                .filter(TrashItem::isActive)
                .toList());
    }

    @Override
    public void created(TrashItem item) {
        ids.computeIfAbsent(item.tenant() + '/' + item.ref().type(), k -> new ConcurrentSkipListSet<>())
                .add(item.ref().id());
    }

    @Override
    public String describe() {
        return "in-memory store (nothing survives a restart)";
    }

    @Override
    public void close() {
        // nothing to release
    }
}
