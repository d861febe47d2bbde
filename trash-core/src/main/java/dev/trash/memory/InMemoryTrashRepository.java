package dev.trash.memory;

import dev.trash.AuditRecord;
import dev.trash.ItemRef;
import dev.trash.PurgeClaim;
import dev.trash.PurgeFailedException;
import dev.trash.PurgeFailure;
import dev.trash.PurgedItem;
import dev.trash.StorageUsage.TypeUsage;
import dev.trash.TrashEntry;
import dev.trash.TrashEvent;
import dev.trash.TrashItem;
import dev.trash.spi.ByteTotals;
import dev.trash.spi.DeliveryState;
import dev.trash.spi.EntryKey;
import dev.trash.spi.OutboxEvent;
import dev.trash.spi.PurgeTotals;
import dev.trash.spi.SubtreeTotals;
import dev.trash.spi.TransactionWork;
import dev.trash.spi.TrashRepository;
import dev.trash.spi.TrashTransaction;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A complete, thread-safe {@link TrashRepository} in memory. Transactions are serialized by one lock and
 * undone from a log of inverse changes when the work throws, so a failed operation leaves no trace.
 * Suitable for tests, demos and single-process hosts that keep their resources in memory.
 */
public final class InMemoryTrashRepository implements TrashRepository {

    private static final Comparator<ItemRef> BY_TYPE_THEN_ID =
            Comparator.comparing(ItemRef::type).thenComparing(ItemRef::id);
    private static final Comparator<TrashEntry> NEWEST_FIRST =
            Comparator.comparing(TrashEntry::deletedAt).thenComparingLong(TrashEntry::id).reversed();

    private final ReentrantLock lock = new ReentrantLock();
    private final Store store = new Store();
    private final Set<Key> purgeBlocked = new HashSet<>();
    private Deque<Runnable> undo;

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
        lock.lock();
        try {
            if (undo != null) {
                return work.run(store); // joins the caller's transaction
            }
            undo = new ArrayDeque<>();
            try {
                T result = work.run(store);
                undo = null;
                return result;
            } catch (RuntimeException | Error e) {
                Deque<Runnable> log = undo;
                undo = null;
                log.forEach(Runnable::run); // newest first: the deque is used as a stack
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * A copy of the whole state: two snapshots are equal if and only if nothing changed in between. For
     * tests that check that a failed operation left no trace.
     */
    public Object snapshot() {
        return inTransaction(tx -> store.copy());
    }

    /**
     * A test hook: from now on every purge that would remove the item fails with
     * {@link PurgeFailedException}, as a host's foreign key to the item's row would make it fail in a SQL
     * store. Not part of the state ({@link #snapshot} leaves it out).
     */
    public void blockPurge(String tenant, ItemRef item) {
        lock.lock();
        try {
            purgeBlocked.add(Key.of(tenant, item));
        } finally {
            lock.unlock();
        }
    }

    /** Undoes {@link #blockPurge}. */
    public void unblockPurge(String tenant, ItemRef item) {
        lock.lock();
        try {
            purgeBlocked.remove(Key.of(tenant, item));
        } finally {
            lock.unlock();
        }
    }

    private static final Comparator<Key> KEY_ORDER = Comparator.comparing(Key::tenant)
            .thenComparing(Key::type).thenComparing(Key::id);

    private record Key(String tenant, String type, String id) {
        static Key of(String tenant, ItemRef ref) {
            return new Key(tenant, ref.type(), ref.id());
        }

        static Key parentOf(TrashItem item) {
            return item.parent() == null ? new Key(item.tenant(), null, null) : of(item.tenant(), item.parent());
        }
    }

    /** The state, and the only code that changes it; each change logs its inverse. */
    private final class Store implements TrashTransaction {

        private final Map<Key, TrashItem> items = new HashMap<>();
        private final Map<Key, Set<Key>> children = new HashMap<>();
        private final Map<Long, Set<Key>> markedBy = new HashMap<>();
        private final Map<Key, Set<Key>> ownersOfAsset = new HashMap<>();
        private final Map<Key, Set<Key>> assetsOfOwner = new HashMap<>();
        private final Map<Long, TrashEntry> entries = new TreeMap<>();
        private final Map<Long, List<PurgedItem>> tombstones = new HashMap<>();
        private final Map<Key, Long> orphanCandidates = new TreeMap<>(KEY_ORDER);
        private final TreeMap<Long, OutboxEvent> outbox = new TreeMap<>();
        private final Map<String, Long> positions = new HashMap<>();
        private final Map<String, PurgeClaim> listenerLeases = new HashMap<>();
        private final Map<String, DeliveryState> deliveries = new TreeMap<>();
        private final TreeMap<Long, AuditRecord> audit = new TreeMap<>();
        private long entrySequence;
        private long eventSequence;
        private long auditSequence;

        List<Object> copy() {
            return List.of(Map.copyOf(items), deepCopy(children), deepCopy(markedBy), deepCopy(ownersOfAsset),
                    deepCopy(assetsOfOwner), Map.copyOf(entries), deepCopyLists(tombstones), Map.copyOf(orphanCandidates), Map.copyOf(outbox),
                    Map.copyOf(positions), Map.copyOf(listenerLeases), Map.copyOf(deliveries), Map.copyOf(audit),
                    entrySequence, eventSequence, auditSequence);
        }

        private static <K, V> Map<K, Set<V>> deepCopy(Map<K, Set<V>> map) {
            Map<K, Set<V>> copy = new HashMap<>();
            map.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
            return copy;
        }

        private static <K, V> Map<K, List<V>> deepCopyLists(Map<K, List<V>> map) {
            Map<K, List<V>> copy = new HashMap<>();
            map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            return copy;
        }

        // ---- change primitives, each logging its inverse

        private <K, V> void put(Map<K, V> map, K key, V value) {
            V old = map.put(key, value);
            undo.push(() -> {
                if (old == null) {
                    map.remove(key);
                } else {
                    map.put(key, old);
                }
            });
        }

        private <K, V> void remove(Map<K, V> map, K key) {
            if (map.containsKey(key)) {
                V old = map.remove(key);
                undo.push(() -> map.put(key, old));
            }
        }

        private <K, V> void addTo(Map<K, Set<V>> map, K key, V value) {
            if (map.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(value)) {
                undo.push(() -> removeQuietly(map, key, value));
            }
        }

        private <K, V> void removeFrom(Map<K, Set<V>> map, K key, V value) {
            if (removeQuietly(map, key, value)) {
                undo.push(() -> map.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(value));
            }
        }

        private <K, V> boolean removeQuietly(Map<K, Set<V>> map, K key, V value) {
            Set<V> set = map.get(key);
            boolean removed = set != null && set.remove(value);
            if (set != null && set.isEmpty()) {
                map.remove(key);
            }
            return removed;
        }

        private <T> void append(List<T> list, T value) {
            list.add(value);
            undo.push(() -> list.remove(list.size() - 1));
        }

        private void setMark(Key key, Long entryId) {
            TrashItem item = items.get(key);
            if (item.trashEntryId() != null) {
                removeFrom(markedBy, item.trashEntryId(), key);
            }
            if (entryId != null) {
                addTo(markedBy, entryId, key);
            }
            put(items, key, item.withEntry(entryId));
        }

        private void removeItem(Key key) {
            TrashItem item = items.get(key);
            remove(items, key);
            remove(orphanCandidates, key);
            removeFrom(children, Key.parentOf(item), key);
            if (item.trashEntryId() != null) {
                removeFrom(markedBy, item.trashEntryId(), key);
            }
            for (Key asset : List.copyOf(assetsOfOwner.getOrDefault(key, Set.of()))) {
                removeFrom(assetsOfOwner, key, asset);
                removeFrom(ownersOfAsset, asset, key);
            }
            for (Key owner : List.copyOf(ownersOfAsset.getOrDefault(key, Set.of()))) {
                removeFrom(assetsOfOwner, owner, key);
                removeFrom(ownersOfAsset, key, owner);
            }
        }

        /** The root and every descendant, parents before children. */
        private List<Key> subtree(Key root, boolean activeOnly) {
            List<Key> result = new ArrayList<>();
            Deque<Key> pending = new ArrayDeque<>();
            pending.add(root);
            while (!pending.isEmpty()) {
                Key key = pending.poll();
                TrashItem item = items.get(key);
                if (item == null || (activeOnly && !item.isActive())) {
                    continue;
                }
                result.add(key);
                pending.addAll(children.getOrDefault(key, Set.of()));
            }
            return result;
        }

        // ---- ItemStore

        @Override
        public Optional<TrashItem> findItem(String tenant, ItemRef ref) {
            return Optional.ofNullable(items.get(Key.of(tenant, ref)));
        }

        @Override
        public Optional<TrashItem> lockItem(String tenant, ItemRef ref) {
            return findItem(tenant, ref);
        }

        @Override
        public void insertItem(TrashItem item) {
            Key key = Key.of(item.tenant(), item.ref());
            put(items, key, item);
            remove(orphanCandidates, key); // a new item that reuses the id of a recorded asset is not that asset
            addTo(children, Key.parentOf(item), key);
            if (item.trashEntryId() != null) {
                addTo(markedBy, item.trashEntryId(), key);
            }
        }

        @Override
        public void renameItem(String tenant, ItemRef ref, String name) {
            Key key = Key.of(tenant, ref);
            put(items, key, items.get(key).withName(name));
        }

        @Override
        public Optional<TrashItem> findActiveByName(String tenant, String type, ItemRef parent, String name) {
            Key parentKey = parent == null ? new Key(tenant, null, null) : Key.of(tenant, parent);
            return children.getOrDefault(parentKey, Set.of()).stream()
                    .map(items::get)
                    .filter(i -> i.isActive() && i.ref().type().equals(type) && i.name().equals(name))
                    .findFirst();
        }

        @Override
        public void linkAsset(String tenant, ItemRef owner, ItemRef asset) {
            addTo(assetsOfOwner, Key.of(tenant, owner), Key.of(tenant, asset));
            addTo(ownersOfAsset, Key.of(tenant, asset), Key.of(tenant, owner));
            remove(orphanCandidates, Key.of(tenant, asset)); // re-linked: kept for its new owner
        }

        @Override
        public List<TrashItem> itemsOfEntry(String tenant, long entryId, ItemRef after, int limit) {
            return markedBy.getOrDefault(entryId, Set.of()).stream()
                    .filter(k -> k.tenant().equals(tenant))
                    .map(items::get)
                    .filter(i -> after == null || BY_TYPE_THEN_ID.compare(i.ref(), after) > 0)
                    .sorted(Comparator.comparing(TrashItem::ref, BY_TYPE_THEN_ID))
                    .limit(limit)
                    .toList();
        }

        @Override
        public Map<String, TypeUsage> storageUsage(String tenant) {
            Map<String, long[]> sums = new TreeMap<>();
            for (TrashItem item : items.values()) {
                if (item.tenant().equals(tenant)) {
                    long[] s = sums.computeIfAbsent(item.ref().type(), t -> new long[4]);
                    int offset = item.isActive() ? 0 : 2;
                    s[offset]++;
                    s[offset + 1] = ByteTotals.add(s[offset + 1], item.sizeBytes());
                }
            }
            Map<String, TypeUsage> usage = new TreeMap<>();
            sums.forEach((type, s) -> usage.put(type, new TypeUsage(s[0], s[1], s[2], s[3])));
            return usage;
        }

        // ---- EntryStore

        @Override
        public TrashEntry insertEntry(TrashEntry entry) {
            long id = ++entrySequence;
            undo.push(() -> entrySequence--);
            TrashEntry stored = entry.withId(id);
            put(entries, id, stored);
            return stored;
        }

        @Override
        public SubtreeTotals markActiveSubtree(String tenant, ItemRef root, long entryId) {
            List<Key> keys = subtree(Key.of(tenant, root), true);
            long bytes = 0;
            for (Key key : keys) {
                bytes = ByteTotals.add(bytes, items.get(key).sizeBytes());
                setMark(key, entryId);
                remove(orphanCandidates, key); // in the user's hands now: purged or restored with its entry
            }
            return new SubtreeTotals(keys.size(), bytes);
        }

        @Override
        public void updateEntryTotals(String tenant, long entryId, long sizeBytes, long cascadedCount) {
            put(entries, entryId, entries.get(entryId).withTotals(sizeBytes, cascadedCount));
        }

        @Override
        public Optional<TrashEntry> findEntry(String tenant, long entryId) {
            return Optional.ofNullable(entries.get(entryId)).filter(e -> e.tenant().equals(tenant));
        }

        @Override
        public long unmarkEntry(String tenant, long entryId) {
            List<Key> keys = List.copyOf(markedBy.getOrDefault(entryId, Set.of()));
            keys.forEach(key -> setMark(key, null));
            return keys.size();
        }

        @Override
        public void deleteEntry(String tenant, long entryId) {
            remove(entries, entryId);
        }

        @Override
        public List<TrashEntry> entriesNestedIn(String tenant, long entryId) {
            List<TrashEntry> nested = new ArrayList<>();
            for (Key marked : markedBy.getOrDefault(entryId, Set.of())) {
                for (Key child : children.getOrDefault(marked, Set.of())) {
                    TrashItem item = items.get(child);
                    if (item.trashEntryId() != null && item.trashEntryId() != entryId) {
                        TrashEntry entry = entries.get(item.trashEntryId());
                        if (item.isRootOf(entry)) {
                            nested.add(entry);
                        }
                    }
                }
            }
            return nested;
        }

        @Override
        public PurgeTotals purgeSubtree(String tenant, TrashEntry entry) {
            return purgeSubtree(tenant, entry, Set.of());
        }

        @Override
        public List<PurgeTotals> purgeEntries(String tenant, List<TrashEntry> batch, Set<String> unrecordedTypes) {
            List<PurgeTotals> totals = new ArrayList<>(batch.size());
            for (TrashEntry entry : batch) {
                totals.add(purgeSubtree(tenant, entry, unrecordedTypes));
                deleteEntry(tenant, entry.id());
            }
            return totals;
        }

        private PurgeTotals purgeSubtree(String tenant, TrashEntry entry, Set<String> unrecordedTypes) {
            List<Key> doomed = subtree(Key.of(tenant, entry.root()), false);
            doomed.removeIf(key -> !Long.valueOf(entry.id()).equals(items.get(key).trashEntryId()));
            refuseIfBlocked(entry, doomed);
            Set<Key> candidateAssets = new LinkedHashSet<>();
            long bytes = 0;
            for (Key key : doomed) {
                TrashItem item = items.get(key);
                bytes = ByteTotals.add(bytes, item.sizeBytes());
                if (!unrecordedTypes.contains(item.ref().type())) {
                    tombstone(entry.tenant(), entry.id(), item, false);
                }
                candidateAssets.addAll(assetsOfOwner.getOrDefault(key, Set.of()));
            }
            for (int i = doomed.size() - 1; i >= 0; i--) {
                removeItem(doomed.get(i));
            }
            long assetCount = 0;
            long assetBytes = 0;
            if (entry.deleteExclusiveAssets()) {
                for (Key asset : candidateAssets) {
                    TrashItem item = items.get(asset);
                    if (item == null || !item.isActive()) {
                        continue;
                    }
                    if (ownersOfAsset.containsKey(asset) || children.containsKey(asset)) {
                        put(orphanCandidates, asset, entry.id());
                    } else {
                        refuseIfBlocked(entry, List.of(asset));
                        if (!unrecordedTypes.contains(item.ref().type())) {
                            tombstone(entry.tenant(), entry.id(), item, true);
                        }
                        removeItem(asset);
                        assetCount++;
                        assetBytes = ByteTotals.add(assetBytes, item.sizeBytes());
                    }
                }
            }
            return new PurgeTotals(doomed.size(), bytes, assetCount, assetBytes);
        }

        private PurgedItem tombstone(String tenant, long entryId, TrashItem item, boolean asset) {
            List<PurgedItem> list = tombstones.get(entryId);
            if (list == null) {
                list = new ArrayList<>();
                put(tombstones, entryId, list);
            }
            PurgedItem tombstone = new PurgedItem(tenant, entryId, item.ref(), item.sizeBytes(), asset);
            append(list, tombstone);
            return tombstone;
        }

        private void refuseIfBlocked(TrashEntry entry, List<Key> doomed) {
            for (Key key : doomed) {
                if (purgeBlocked.contains(key)) {
                    throw new PurgeFailedException(entry.root(), entry.rootName(), entry.id(),
                            "in-memory purge block", key.type() + " " + key.id() + " is blocked by InMemoryTrashRepository.blockPurge", null);
                }
            }
        }

        @Override
        public List<TrashItem> lockOrphanedAssets(int limit) {
            List<TrashItem> orphans = new ArrayList<>();
            for (Key asset : List.copyOf(orphanCandidates.keySet())) {
                if (orphans.size() == limit) {
                    break;
                }
                TrashItem item = items.get(asset);
                if (item == null) {
                    remove(orphanCandidates, asset);
                } else if (isOrphan(asset, item)) {
                    orphans.add(item);
                }
            }
            return orphans;
        }

        @Override
        public Optional<PurgedItem> purgeOrphanedAsset(String tenant, ItemRef asset, long entryId) {
            Key key = Key.of(tenant, asset);
            TrashItem item = items.get(key);
            remove(orphanCandidates, key);
            if (item == null || !isOrphan(key, item)) {
                return Optional.empty();
            }
            if (purgeBlocked.contains(key)) {
                throw new PurgeFailedException(asset, item.name(), entryId, "in-memory purge block",
                        asset + " is blocked by InMemoryTrashRepository.blockPurge", null);
            }
            PurgedItem tombstone = tombstone(tenant, entryId, item, true);
            removeItem(key);
            return Optional.of(tombstone);
        }

        private boolean isOrphan(Key asset, TrashItem item) {
            return item.isActive() && !ownersOfAsset.containsKey(asset) && !children.containsKey(asset);
        }

        @Override
        public void recordPurgeFailure(String tenant, long entryId, PurgeFailure failure) {
            put(entries, entryId, entries.get(entryId).withPurgeFailure(failure));
        }

        @Override
        public List<TrashEntry> listEntries(String tenant, String typeOrNull, EntryKey after, int limit) {
            return entries.values().stream()
                    .filter(e -> e.tenant().equals(tenant))
                    .filter(e -> typeOrNull == null || e.root().type().equals(typeOrNull))
                    .filter(e -> after == null || isAfter(e, after))
                    .sorted(NEWEST_FIRST)
                    .limit(limit)
                    .toList();
        }

        private boolean isAfter(TrashEntry e, EntryKey key) {
            int byTime = e.deletedAt().compareTo(key.deletedAt());
            return byTime < 0 || (byTime == 0 && e.id() < key.id());
        }

        @Override
        public long countEntries(String tenant, String typeOrNull) {
            return entries.values().stream()
                    .filter(e -> e.tenant().equals(tenant))
                    .filter(e -> typeOrNull == null || e.root().type().equals(typeOrNull))
                    .count();
        }

        @Override
        public Optional<TrashEntry> lockEntry(String tenant, long entryId) {
            return findEntry(tenant, entryId);
        }

        @Override
        public List<TrashEntry> claimDueEntries(Instant now, PurgeClaim claim, int limit) {
            List<TrashEntry> due = entries.values().stream()
                    .filter(e -> e.isClaimableAt(now))
                    .sorted(Comparator.comparing(TrashEntry::scheduledCleanupAt).thenComparingLong(TrashEntry::id))
                    .limit(limit)
                    .toList();
            List<TrashEntry> claimed = new ArrayList<>(due.size());
            for (TrashEntry entry : due) {
                TrashEntry mine = entry.withClaim(claim);
                put(entries, entry.id(), mine);
                claimed.add(mine);
            }
            return claimed;
        }

        @Override
        public List<PurgedItem> purgedItems(String tenant, long entryId, ItemRef after, int limit) {
            return tombstones.getOrDefault(entryId, List.of()).stream()
                    .filter(p -> p.tenant().equals(tenant))
                    .filter(p -> after == null || BY_TYPE_THEN_ID.compare(p.ref(), after) > 0)
                    .sorted(Comparator.comparing(PurgedItem::ref, BY_TYPE_THEN_ID))
                    .limit(limit)
                    .toList();
        }

        @Override
        public void deletePurgedItems(String tenant, long entryId) {
            remove(tombstones, entryId);
        }

        // ---- OutboxStore

        @Override
        public void appendEvent(TrashEvent event) {
            long sequence = ++eventSequence;
            undo.push(() -> eventSequence--);
            put(outbox, sequence, new OutboxEvent(sequence, event));
        }

        @Override
        public List<OutboxEvent> eventsAfter(long sequence, int limit) {
            return outbox.tailMap(sequence, false).values().stream().limit(limit).toList();
        }

        @Override
        public long countEventsAfter(long sequence) {
            return outbox.tailMap(sequence, false).size();
        }

        @Override
        public long listenerPosition(String listener) {
            return positions.getOrDefault(listener, 0L);
        }

        @Override
        public void saveListenerPosition(String listener, long sequence) {
            put(positions, listener, sequence);
        }

        @Override
        public Optional<OutboxEvent> event(long sequence) {
            return Optional.ofNullable(outbox.get(sequence));
        }

        @Override
        public boolean leaseListener(String listener, String owner, Instant now, Instant until) {
            PurgeClaim held = listenerLeases.get(listener);
            if (held != null && !held.owner().equals(owner) && now.isBefore(held.leaseUntil())) {
                return false;
            }
            put(listenerLeases, listener, new PurgeClaim(owner, until));
            return true;
        }

        @Override
        public List<DeliveryState> deliveryStates(String listener, boolean undeliverable, long afterSequence,
                                                  int limit) {
            return deliveries.values().stream()
                    .filter(d -> d.listener().equals(listener) && d.undeliverable() == undeliverable
                            && d.sequence() > afterSequence)
                    .sorted(Comparator.comparingLong(DeliveryState::sequence))
                    .limit(limit)
                    .toList();
        }

        @Override
        public void saveDeliveryState(DeliveryState state) {
            put(deliveries, deliveryKey(state.listener(), state.sequence()), state);
        }

        @Override
        public void deleteDeliveryState(String listener, long sequence) {
            remove(deliveries, deliveryKey(listener, sequence));
        }

        @Override
        public boolean isAwaitingDelivery(long sequence) {
            return deliveries.values().stream().anyMatch(d -> d.sequence() == sequence && !d.undeliverable());
        }

        private String deliveryKey(String listener, long sequence) {
            return listener + '\u0000' + sequence;
        }

        @Override
        public void appendAudit(AuditRecord record) {
            long sequence = ++auditSequence;
            undo.push(() -> auditSequence--);
            put(audit, sequence, record.withSequence(sequence));
        }

        @Override
        public List<AuditRecord> audit(String tenant, long afterSequence, int limit) {
            return audit.tailMap(afterSequence, false).values().stream()
                    .filter(a -> a.tenant().equals(tenant))
                    .limit(limit)
                    .toList();
        }

        @Override
        public long deleteDeliveredEvents(long throughSequence, int limit) {
            Set<Long> held = new HashSet<>();
            deliveries.values().forEach(d -> held.add(d.sequence()));
            List<OutboxEvent> done = outbox.headMap(throughSequence, true).values().stream()
                    .filter(e -> !held.contains(e.sequence())).limit(limit).toList();
            done.forEach(this::deleteEvent);
            return done.size();
        }

        @Override
        public long deleteEventsBefore(Instant cutoff, long throughSequence, int limit) {
            List<OutboxEvent> old = outbox.headMap(throughSequence, true).values().stream()
                    .filter(e -> e.event().occurredAt().isBefore(cutoff))
                    .sorted(Comparator.comparing((OutboxEvent e) -> e.event().occurredAt())
                            .thenComparingLong(OutboxEvent::sequence))
                    .limit(limit).toList();
            for (OutboxEvent e : old) {
                List.copyOf(deliveries.values()).stream().filter(d -> d.sequence() == e.sequence())
                        .forEach(d -> deleteDeliveryState(d.listener(), d.sequence()));
                deleteEvent(e);
            }
            return old.size();
        }

        private void deleteEvent(OutboxEvent e) {
            if (e.event().kind() == TrashEvent.Kind.PURGED) {
                remove(tombstones, e.event().entryId());
            }
            remove(outbox, e.sequence());
        }

        @Override
        public long deleteAuditBefore(Instant cutoff, int limit) {
            List<AuditRecord> old = audit.values().stream().filter(a -> a.at().isBefore(cutoff))
                    .sorted(Comparator.comparing(AuditRecord::at).thenComparingLong(AuditRecord::sequence))
                    .limit(limit).toList();
            old.forEach(a -> remove(audit, a.sequence()));
            return old.size();
        }
    }
}
