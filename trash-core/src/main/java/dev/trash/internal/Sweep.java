package dev.trash.internal;

import dev.trash.PurgeClaim;
import dev.trash.SweepReport;
import dev.trash.TrashEntry;
import dev.trash.TrashMetrics;
import dev.trash.spi.ByteTotals;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sweeper's loop. Each batch first claims up to batch-size due entries in a transaction of its own
 * (trashed to purging, with a lease), then purges them in a second transaction ({@link ClaimedPurge}: one
 * entry that cannot be purged goes back to Trash with its failure recorded, the others are purged). A claim that is never
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
    private final TrashMetrics metrics;

    /**
     * @param afterBatch run after each committed batch, to hand its events to the dispatcher
     * @param dispatch the dispatcher whose backlog the report gives
     * @param metrics told of each sweep and each entry it could not purge
     */
    public Sweep(TrashContext context, SweepSettings settings, Runnable afterBatch, Dispatch dispatch,
                 TrashMetrics metrics) {
        this.context = context;
        this.settings = settings;
        this.afterBatch = afterBatch;
        this.dispatch = dispatch;
        this.metrics = metrics;
    }

    /** Runs one sweep. */
    public SweepReport run() {
        Instant started = context.clock().instant();
        SweepReport report;
        try {
            report = sweep(started);
        } catch (RuntimeException e) {
            metrics.sweepFailed(elapsedSince(started), e);
            throw e;
        }
        metrics.sweepCompleted(report);
        return report;
    }

    private SweepReport sweep(Instant started) {
        ClaimedPurge purger = new ClaimedPurge(context, "sweeper-" + UUID.randomUUID(), metrics);
        PurgeTally total = new PurgeTally(false);
        long batches = 0;
        boolean more = true;
        boolean outOfTime = false;
        while (more && !(outOfTime = elapsedSince(started).compareTo(settings.budget()) > 0)) {
            Instant now = context.now();
            PurgeClaim claim = new PurgeClaim(purger.owner(), now.plus(settings.lease()));
            List<TrashEntry> claimed = context.repository().inTransaction(
                    tx -> tx.claimDueEntries(now, claim, settings.batchSize()));
            if (claimed.isEmpty()) {
                break;
            }
            total.addAll(purger.purge(claimed, now));
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
        OutboxCleanup.Tally cleaned = outOfTime ? OutboxCleanup.Tally.NONE : cleanUp(started);
        SweepReport report = new SweepReport(total.entryCount, total.itemCount, total.assetCount,
                ByteTotals.add(total.sizeBytes, total.assetBytes), batches, elapsedSince(started),
                (more && outOfTime) || cleaned.cutShort(), dispatch.pendingCount(), total.entriesFailed,
                cleaned.events(), cleaned.auditRecords());
        LOG.info("Trash sweep: {} roots, {} items, {} assets, {} bytes purged in {} batches ({} ms); {} failed; "
                        + "{} events pending; {} events and {} audit lines cleaned up{}",
                report.rootsPurged(), report.itemsPurged(), report.assetsPurged(), report.bytesFreed(),
                report.batches(), report.elapsed().toMillis(), report.entriesFailed(), report.eventsPending(),
                report.eventsDeleted(), report.auditRecordsDeleted(),
                report.budgetExhausted() ? "; stopped at the time budget with work left" : "");
        return report;
    }

    /**
     * Assets an earlier flagged purge kept because they were shared, whose last owner is now gone. An asset
     * whose removal is refused is logged and kept for the next sweep, the others of its batch still go; any
     * other failure is logged and leaves the batch for the next sweep. The entries' purges above have
     * committed already.
     */
    private PurgeTally purgeOrphanedAssets() {
        try {
            return OrphanedAssetPurge.run(context, settings.batchSize(), (asset, e) -> LOG.warn(
                    "Trash sweep could not remove the orphaned shared asset {} {} of tenant {}; the next sweep tries "
                    + "again: {}", asset.ref().type(), asset.ref().id(), asset.tenant(), ClaimedPurge.reasonOf(e)));
        } catch (RuntimeException e) {
            LOG.warn("Trash sweep could not remove orphaned shared assets; the next sweep tries again: {}",
                    ClaimedPurge.reasonOf(e));
            return new PurgeTally(false);
        }
    }

    /**
     * Deletes delivered and expired events and expired audit lines, after the purges and their dispatch, so
     * that a purge's event reaches the listeners before it can leave. A failure is logged and leaves the rows
     * for the next sweep: the purges above have committed already.
     */
    private OutboxCleanup.Tally cleanUp(Instant started) {
        try {
            return new OutboxCleanup(context, settings, dispatch.listenerNames())
                    .run(context.now(), () -> elapsedSince(started).compareTo(settings.budget()) > 0);
        } catch (RuntimeException e) {
            LOG.warn("Trash sweep could not clean up the outbox or the audit trail; the next sweep tries again: {}",
                    ClaimedPurge.reasonOf(e));
            return OutboxCleanup.Tally.NONE;
        }
    }

    private Duration elapsedSince(Instant started) {
        return Duration.between(started, context.clock().instant());
    }
}
