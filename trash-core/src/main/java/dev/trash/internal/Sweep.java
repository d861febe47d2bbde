package dev.trash.internal;

import dev.trash.SweepReport;
import dev.trash.TrashEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The sweeper's loop: batches of due entries, each batch one transaction, until none is due or time is up. */
public final class Sweep {

    /** The actor named in events and the audit trail for purges by expiry. */
    public static final String ACTOR = "sweeper";

    private static final Logger LOG = LoggerFactory.getLogger(Sweep.class);

    private final TrashContext context;
    private final int batchSize;
    private final Duration budget;
    private final Runnable afterBatch;

    /**
     * @param afterBatch run after each committed batch, to hand its events to the dispatcher
     */
    public Sweep(TrashContext context, int batchSize, Duration budget, Runnable afterBatch) {
        this.context = context;
        this.batchSize = batchSize;
        this.budget = budget;
        this.afterBatch = afterBatch;
    }

    /** Runs one sweep. */
    public SweepReport run() {
        Instant started = context.clock().instant();
        Instant now = context.now();
        PurgeTally total = new PurgeTally(false);
        long batches = 0;
        boolean more = true;
        boolean outOfTime = false;
        while (more && !(outOfTime = Duration.between(started, context.clock().instant()).compareTo(budget) > 0)) {
            PurgeTally batch = context.repository().inTransaction(tx -> {
                PurgeTally tally = new PurgeTally(false);
                List<TrashEntry> due = tx.dueEntries(now, batchSize);
                for (TrashEntry entry : due) {
                    // an earlier entry of this batch may have taken it along as a nested entry
                    if (tx.findEntry(entry.tenant(), entry.id()).isPresent()) {
                        tally.addAll(EntryPurger.purge(tx, entry, ACTOR, now));
                    }
                }
                return tally;
            });
            batches++;
            total.addAll(batch);
            more = batch.entryCount > 0;
            afterBatch.run();
        }
        SweepReport report = new SweepReport(total.entryCount, total.itemCount, total.sizeBytes + total.assetBytes,
                batches, Duration.between(started, context.clock().instant()), more && outOfTime);
        LOG.info("Trash sweep: {} roots, {} items, {} bytes purged in {} batches ({} ms){}", report.rootsPurged(),
                report.itemsPurged(), report.bytesFreed(), report.batches(), report.elapsed().toMillis(),
                report.budgetExhausted() ? "; stopped at the time budget" : "");
        return report;
    }
}
