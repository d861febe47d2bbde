package dev.trash.internal;

import dev.trash.PurgeClaim;
import dev.trash.SweepReport;
import dev.trash.TrashEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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

    /**
     * @param afterBatch run after each committed batch, to hand its events to the dispatcher
     */
    public Sweep(TrashContext context, SweepSettings settings, Runnable afterBatch) {
        this.context = context;
        this.settings = settings;
        this.afterBatch = afterBatch;
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
        SweepReport report = new SweepReport(total.entryCount, total.itemCount, total.sizeBytes + total.assetBytes,
                batches, elapsedSince(started), more && outOfTime);
        LOG.info("Trash sweep: {} roots, {} items, {} bytes purged in {} batches ({} ms){}", report.rootsPurged(),
                report.itemsPurged(), report.bytesFreed(), report.batches(), report.elapsed().toMillis(),
                report.budgetExhausted() ? "; stopped at the time budget with work left" : "");
        return report;
    }

    private PurgeTally purgeClaimed(List<TrashEntry> claimed, String owner, Instant now) {
        return context.repository().inTransaction(tx -> {
            PurgeTally tally = new PurgeTally(false);
            for (TrashEntry entry : claimed) {
                TrashEntry current = tx.lockEntry(entry.tenant(), entry.id()).orElse(null);
                if (current == null || current.claim() == null || !current.claim().owner().equals(owner)) {
                    // purged with an ancestor, or by hand, or taken over after our lease ran out
                    LOG.debug("Entry {} is no longer ours to purge; skipped", entry.id());
                    continue;
                }
                tally.addAll(EntryPurger.purge(tx, current, ACTOR, now));
            }
            return tally;
        });
    }

    private Duration elapsedSince(Instant started) {
        return Duration.between(started, context.clock().instant());
    }
}
