package dev.trash.jdbi.internal;

import dev.trash.AuditRecord;
import dev.trash.ItemRef;
import dev.trash.PurgeClaim;
import dev.trash.PurgeFailure;
import dev.trash.PurgedItem;
import dev.trash.StorageUsage.TypeUsage;
import dev.trash.TrashEntry;
import dev.trash.TrashEvent;
import dev.trash.TrashItem;
import dev.trash.spi.DeliveryState;
import dev.trash.spi.EntryKey;
import dev.trash.spi.ListedEntry;
import dev.trash.spi.OutboxEvent;
import dev.trash.spi.PurgeTotals;
import dev.trash.spi.SubtreeTotals;
import dev.trash.spi.TrashTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The port's transaction view over one open JDBI handle: routes each verb to the class that owns its SQL. */
public final class JdbiTransaction implements TrashTransaction {

    private final ItemSql items;
    private final NameScopeSql nameScopes;
    private final SubtreeSql subtrees;
    private final UnmarkSql unmark;
    private final PurgeSql purge;
    private final EntrySql entries;
    private final OutboxSql outbox;
    private final DeliverySql deliveries;
    private final CleanupSql cleanup;
    private final OrphanedAssetsSql orphans;
    private final PurgedIdsSql purgedIds;
    private final ListingSql listing;
    private final Session session;

    /** Creates the view; the session's handle must already be in a transaction. */
    public JdbiTransaction(Session session) {
        this.items = new ItemSql(session);
        this.nameScopes = new NameScopeSql(session, items);
        this.subtrees = new SubtreeSql(session);
        this.unmark = new UnmarkSql(session);
        this.purge = new PurgeSql(session);
        this.entries = new EntrySql(session);
        this.outbox = new OutboxSql(session);
        this.deliveries = new DeliverySql(session);
        this.cleanup = new CleanupSql(session);
        this.orphans = new OrphanedAssetsSql(session);
        this.purgedIds = new PurgedIdsSql(session);
        this.listing = new ListingSql(session);
        this.session = session;
    }

    @Override
    public Optional<TrashItem> findItem(String tenant, ItemRef ref) {
        session.tables().requireCanonicalTenant(tenant);
        return items.find(tenant, ref, false);
    }

    @Override
    public Optional<TrashItem> lockItem(String tenant, ItemRef ref) {
        session.tables().requireCanonicalTenant(tenant);
        return items.find(tenant, ref, true);
    }

    @Override
    public void insertItem(TrashItem item) {
        session.tables().requireCanonicalTenant(item.tenant());
        items.insert(item);
    }

    @Override
    public void renameItem(String tenant, ItemRef ref, String name) {
        session.tables().requireCanonicalTenant(tenant);
        items.rename(tenant, ref, name);
    }

    @Override
    public Optional<TrashItem> findActiveByName(String tenant, String type, ItemRef parent, String name) {
        session.tables().requireCanonicalTenant(tenant);
        return items.findActiveByName(tenant, type, parent, name);
    }

    @Override
    public void lockNameScope(String tenant, String type, ItemRef parentOrNull) {
        session.tables().requireCanonicalTenant(tenant);
        nameScopes.lock(tenant, type, parentOrNull);
    }

    @Override
    public void linkAsset(String tenant, ItemRef owner, ItemRef asset) {
        session.tables().requireCanonicalTenant(tenant);
        items.linkAsset(tenant, owner, asset);
    }

    @Override
    public List<TrashItem> itemsOfEntry(String tenant, long entryId, ItemRef after, int limit) {
        session.tables().requireCanonicalTenant(tenant);
        return items.itemsOfEntry(tenant, entryId, after, limit);
    }

    @Override
    public Map<String, TypeUsage> storageUsage(String tenant) {
        session.tables().requireCanonicalTenant(tenant);
        return items.storageUsage(tenant);
    }

    @Override
    public TrashEntry insertEntry(TrashEntry entry) {
        return entries.insert(entry);
    }

    @Override
    public List<TrashEntry> insertEntries(List<TrashEntry> list) {
        return entries.insertAll(list);
    }

    @Override
    public void deleteEntries(List<TrashEntry> list) {
        if (!list.isEmpty()) {
            entries.deleteAll(list.stream().map(TrashEntry::id).toList());
        }
    }

    @Override
    public SubtreeTotals markActiveSubtree(String tenant, ItemRef root, long entryId) {
        session.tables().requireCanonicalTenant(tenant);
        return subtrees.markActiveSubtree(tenant, root, entryId);
    }

    @Override
    public void updateEntryTotals(String tenant, long entryId, long sizeBytes, long cascadedCount) {
        entries.updateTotals(tenant, entryId, sizeBytes, cascadedCount);
    }

    @Override
    public Optional<TrashEntry> findEntry(String tenant, long entryId) {
        session.tables().requireCanonicalTenant(tenant);
        return entries.find(tenant, entryId);
    }

    @Override
    public long unmarkEntry(String tenant, long entryId) {
        return unmark.unmarkEntry(tenant, entryId);
    }

    @Override
    public void deleteEntry(String tenant, long entryId) {
        entries.delete(tenant, entryId);
    }

    @Override
    public List<TrashEntry> entriesNestedIn(String tenant, long entryId) {
        return subtrees.entriesNestedIn(tenant, List.of(entryId));
    }

    @Override
    public PurgeTotals purgeSubtree(String tenant, TrashEntry entry) {
        return purge.purgeSubtree(tenant, entry, Set.of());
    }

    /**
     * A batch with an entry that takes its exclusive assets along goes entry by entry, the port's default:
     * which assets are left without an owner depends on the purges before it. A batch that a host's
     * constraint refuses is rolled back to a savepoint and gone through entry by entry as well, so that the
     * {@code PurgeFailedException} names the entry whose rows the constraint holds.
     */
    @Override
    public Map<String, List<String>> itemIdsOfEntries(String tenant, Collection<Long> entryIds) {
        return purgedIds.idsOf(tenant, List.copyOf(entryIds));
    }

    /** The JDBI handle the transaction runs on, for a purge hook that writes in it. */
    @Override
    public <T> Optional<T> unwrap(Class<T> type) {
        return type.isInstance(session.handle()) ? Optional.of(type.cast(session.handle()))
                : TrashTransaction.super.unwrap(type);
    }

    @Override
    public List<PurgeTotals> purgeEntries(String tenant, List<TrashEntry> batch) {
        return purgeEntries(tenant, batch, Set.of());
    }

    @Override
    public List<PurgeTotals> purgeEntries(String tenant, List<TrashEntry> batch, Set<String> unrecordedTypes) {
        if (batch.stream().anyMatch(TrashEntry::deleteExclusiveAssets)) {
            return entryByEntry(tenant, batch, unrecordedTypes);
        }
        if (batch.size() == 1) {
            TrashEntry only = batch.get(0);
            return PurgeFailures.translate(only.root(), only.rootName(), only.id(),
                    () -> purge.purgeEntries(tenant, batch, entries, unrecordedTypes));
        }
        return Savepoints.onFailure(session, () -> purge.purgeEntries(tenant, batch, entries, unrecordedTypes),
                e -> PurgeFailures.violation(e).isPresent(), () -> entryByEntry(tenant, batch, unrecordedTypes));
    }

    /** The port's default order, purge then entry row, one entry after the other. */
    private List<PurgeTotals> entryByEntry(String tenant, List<TrashEntry> batch, Set<String> unrecordedTypes) {
        List<PurgeTotals> totals = new ArrayList<>(batch.size());
        for (TrashEntry entry : batch) {
            totals.add(purge.purgeSubtree(tenant, entry, unrecordedTypes));
            entries.delete(tenant, entry.id());
        }
        return totals;
    }

    @Override
    public void recordPurgeFailure(String tenant, long entryId, PurgeFailure failure) {
        entries.recordPurgeFailure(tenant, entryId, failure);
    }

    @Override
    public List<TrashItem> lockOrphanedAssets(int limit) {
        return orphans.lock(limit);
    }

    @Override
    public Optional<PurgedItem> purgeOrphanedAsset(String tenant, ItemRef asset, long entryId) {
        return orphans.purge(tenant, asset, entryId);
    }

    @Override
    public List<Optional<PurgedItem>> purgeOrphanedAssets(List<TrashItem> assets, List<Long> entryIds) {
        return orphans.purgeAll(assets, entryIds);
    }

    @Override
    public List<TrashEntry> entriesNestedIn(String tenant, Collection<Long> entryIds) {
        return subtrees.entriesNestedIn(tenant, List.copyOf(entryIds));
    }

    @Override
    public List<TrashEntry> lockEntries(String tenant, List<Long> entryIds) {
        session.tables().requireCanonicalTenant(tenant);
        return entries.lockAll(tenant, entryIds);
    }

    @Override
    public List<TrashEntry> listEntries(String tenant, String typeOrNull, EntryKey after, int limit) {
        session.tables().requireCanonicalTenant(tenant);
        return entries.list(tenant, typeOrNull, after, limit);
    }

    @Override
    public List<ListedEntry> listEntriesWithParents(String tenant, String typeOrNull, EntryKey after, int limit) {
        session.tables().requireCanonicalTenant(tenant);
        return listing.page(tenant, typeOrNull, after, limit);
    }

    @Override
    public List<ListedEntry> entriesWithParents(String tenant, Collection<Long> entryIds) {
        session.tables().requireCanonicalTenant(tenant);
        return listing.byIds(tenant, List.copyOf(entryIds));
    }

    @Override
    public long countEntries(String tenant, String typeOrNull) {
        session.tables().requireCanonicalTenant(tenant);
        return entries.count(tenant, typeOrNull);
    }

    @Override
    public Optional<TrashEntry> lockEntry(String tenant, long entryId) {
        session.tables().requireCanonicalTenant(tenant);
        return entries.lock(tenant, entryId);
    }

    @Override
    public List<TrashEntry> claimDueEntries(Instant now, PurgeClaim claim, int limit) {
        return entries.claimDue(now, claim, limit);
    }

    /** Writes what was buffered for the end of the transaction; the repository calls it before committing. */
    public void beforeCommit() {
        outbox.flush();
    }

    @Override
    public long countEventsAfter(long sequence) {
        return outbox.countAfter(sequence);
    }

    @Override
    public List<PurgedItem> purgedItems(String tenant, long entryId, ItemRef after, int limit) {
        session.tables().requireCanonicalTenant(tenant);
        return entries.purgedItems(tenant, entryId, after, limit);
    }

    @Override
    public void deletePurgedItems(String tenant, long entryId) {
        entries.deletePurgedItems(tenant, entryId);
    }

    @Override
    public void deletePurgedItems(String tenant, Collection<Long> entryIds) {
        entries.deletePurgedItems(tenant, entryIds);
    }

    @Override
    public void appendEvent(TrashEvent event) {
        outbox.appendEvent(event);
    }

    @Override
    public List<OutboxEvent> eventsAfter(long sequence, int limit) {
        return outbox.eventsAfter(sequence, limit);
    }

    @Override
    public Optional<OutboxEvent> event(long sequence) {
        return outbox.event(sequence);
    }

    @Override
    public long listenerPosition(String listener) {
        return deliveries.listenerPosition(listener);
    }

    @Override
    public void saveListenerPosition(String listener, long sequence) {
        deliveries.saveListenerPosition(listener, sequence);
    }

    @Override
    public boolean leaseListener(String listener, String owner, Instant now, Instant until) {
        return deliveries.leaseListener(listener, owner, now, until);
    }

    @Override
    public List<DeliveryState> deliveryStates(String listener, boolean undeliverable, long afterSequence, int limit) {
        return deliveries.deliveryStates(listener, undeliverable, afterSequence, limit);
    }

    @Override
    public void saveDeliveryState(DeliveryState state) {
        deliveries.saveDeliveryState(state);
    }

    @Override
    public void deleteDeliveryState(String listener, long sequence) {
        deliveries.deleteDeliveryState(listener, sequence);
    }

    @Override
    public boolean isAwaitingDelivery(long sequence) {
        return deliveries.isAwaitingDelivery(sequence);
    }

    @Override
    public void appendAudit(AuditRecord audit) {
        outbox.appendAudit(audit);
    }

    @Override
    public List<AuditRecord> audit(String tenant, long afterSequence, int limit) {
        session.tables().requireCanonicalTenant(tenant);
        return outbox.audit(tenant, afterSequence, limit);
    }

    @Override
    public long deleteDeliveredEvents(long throughSequence, int limit) {
        return cleanup.deleteDeliveredEvents(throughSequence, limit);
    }

    @Override
    public long deleteEventsBefore(Instant cutoff, long throughSequence, int limit) {
        return cleanup.deleteEventsBefore(cutoff, throughSequence, limit);
    }

    @Override
    public long deleteAuditBefore(Instant cutoff, int limit) {
        return cleanup.deleteAuditBefore(cutoff, limit);
    }
}
