package dev.trash.internal;

import dev.trash.PurgeClaim;
import dev.trash.PurgedItem;
import dev.trash.SweepReport;
import dev.trash.TrashEntry;
import dev.trash.TrashEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sweeper's loop. Each batch first claims up to batch-size due entries in a transaction of its own
 * (trashed to purging, with a lease), then purges them in a second transaction. A claim that is never
 * completed (the process died) runs out and the next sweep takes the entry over, so a purge interrupted
 * midway is resumed. Several sweepers never claim the same entry while its lease runs.
 */
public final class Sweep {

    /** The actor named in events and the audit trail for purges by expiry. */
    public static final String ACTOR = "sweeper";

    private static final Logger LOG = LoggerFactory.getLogger(Sweep.class);

    private final TrashContext context;
    private final SweepSettings settings;
    private final Runnable afterBatch;
    private final Dispatch dispatch;

    /**
     * @param afterBatch run after each committed batch, to hand its events to the dispatcher
     * @param dispatch the dispatcher whose backlog the report gives
     */
    public Sweep(TrashContext context, SweepSettings settings, Runnable afterBatch, Dispatch dispatch) {
        this.context = context;
        this.settings = settings;
        this.afterBatch = afterBatch;
        this.dispatch = dispatch;
    }

    /** Runs one sweep. */
    public SweepReport run() {
        Instant started = context.clock().instant();
        String owner = "sweeper-" + UUID.randomUUID();
        PurgeTally total = new PurgeTally(false);
        long batches = 0;
        boolean more = true;
        boolean outOfTime = false;
        while (more && !(outOfTime = elapsedSince(started).compareTo(settings.budget()) > 0)) {
            Instant now = context.now();
            PurgeClaim claim = new PurgeClaim(owner, now.plus(settings.lease()));
            List<TrashEntry> claimed = context.repository().inTransaction(
                    tx -> tx.claimDueEntries(now, claim, settings.batchSize()));
            if (claimed.isEmpty()) {
                break;
            }
            total.addAll(purgeClaimed(claimed, owner, now));
            batches++;
            more = claimed.size() == settings.batchSize();
            afterBatch.run();
        }
        while (!outOfTime && !(outOfTime = elapsedSince(started).compareTo(settings.budget()) > 0)) {
            PurgeTally orphans = purgeOrphanedAssets();
            if (orphans.assetCount == 0) {
                break;
            }
            batches++;
            total.addAll(orphans);
            afterBatch.run();
        }
        SweepReport report = new SweepReport(total.entryCount, total.itemCount, total.assetCount,
                total.sizeBytes + total.assetBytes, batches, elapsedSince(started), more && outOfTime,
                dispatch.pendingCount());
        LOG.info("Trash sweep: {} roots, {} items, {} assets, {} bytes purged in {} batches ({} ms); {} events pending{}",
                report.rootsPurged(), report.itemsPurged(), report.assetsPurged(), report.bytesFreed(),
                report.batches(), report.elapsed().toMillis(), report.eventsPending(),
                report.budgetExhausted() ? "; stopped at the time budget with work left" : "");
        return report;
    }

    /** Assets an earlier flagged purge kept because they were shared, whose last owner is now gone. */
    private PurgeTally purgeOrphanedAssets() {
        Instant now = context.now();
        return context.repository().inTransaction(tx -> {
            PurgeTally tally = new PurgeTally(false);
            for (PurgedItem asset : tx.purgeOrphanedAssets(settings.batchSize())) {
                EventRecorder.record(tx, TrashEvent.Kind.PURGED, asset.tenant(), asset.entryId(), asset.ref(), ACTOR,
                        now, 0, asset.sizeBytes(), 1);
                tally.addAsset(asset.sizeBytes());
            }
            return tally;
        });
    }

    private PurgeTally purgeClaimed(List<TrashEntry> claimed, String owner, Instant now) {
        Map<String, List<Long>> byTenant = claimed.stream().collect(Collectors.groupingBy(TrashEntry::tenant,
                TreeMap::new, Collectors.mapping(TrashEntry::id, Collectors.toList())));
        return context.repository().inTransaction(tx -> {
            PurgeTally tally = new PurgeTally(false);
            byTenant.forEach((tenant, ids) -> {
                List<TrashEntry> stillOurs = tx.lockEntries(tenant, ids).stream()
                        .filter(current -> isOwnedBy(current, owner)).toList();
                if (stillOurs.size() < ids.size()) {
                    // purged with an ancestor, or by hand, or taken over after our lease ran out
                    LOG.debug("{} of {} claimed entries of tenant {} are no longer ours to purge; skipped",
                            ids.size() - stillOurs.size(), ids.size(), tenant);
                }
                if (!stillOurs.isEmpty()) {
                    tally.addAll(EntryPurger.purgeAll(tx, tenant, stillOurs, ACTOR, now));
                }
            });
            return tally;
        });
    }

    private static boolean isOwnedBy(TrashEntry entry, String owner) {
        return entry.claim() != null && entry.claim().owner().equals(owner);
    }

    private Duration elapsedSince(Instant started) {
        return Duration.between(started, context.clock().instant());
    }
}
