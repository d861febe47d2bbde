package dev.trash.examples.service;

import dev.trash.FailedDelivery;
import dev.trash.SweepReport;
import dev.trash.Trash;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's background work: the daily sweep at 03:00 UTC, a dispatch every 30 seconds so that failed
 * blob deletions are retried, and, at start, the delivery of whatever a previous process left undelivered.
 * Several instances may run this at once: the sweeper's claims and the dispatcher's leases keep them apart.
 */
public final class Maintenance implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Maintenance.class);
    private static final LocalTime SWEEP_AT = LocalTime.of(3, 0);

    private final Trash trash;
    private final Clock clock;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "trash-maintenance");
        thread.setDaemon(true);
        return thread;
    });

    /** Background work for {@code trash}, timed by {@code clock}. */
    public Maintenance(Trash trash, Clock clock) {
        this.trash = trash;
        this.clock = clock;
    }

    /** Delivers leftovers now, then schedules the dispatch and the daily sweep. */
    public void start() {
        retryLeftovers();
        executor.scheduleWithFixedDelay(this::dispatchQuietly, 30, 30, TimeUnit.SECONDS);
        scheduleNextSweep();
    }

    /** Runs the sweeper now; the events of what it purged are handed to the dispatcher before it returns. */
    public SweepReport sweepNow() {
        SweepReport report = trash.sweeper().sweep();
        trash.dispatcher().dispatch();
        return report;
    }

    /** Re-arms blob deletions given up on, then delivers every pending event: the "leftovers" of a dead process. */
    void retryLeftovers() {
        List<FailedDelivery> givenUp = trash.dispatcher().failures(BlobCleaner.NAME, true, 0, 1000);
        givenUp.forEach(f -> trash.dispatcher().redeliver(BlobCleaner.NAME, f.sequence()));
        long delivered = trash.dispatcher().dispatch();
        if (delivered > 0 || !givenUp.isEmpty()) {
            LOG.info("delivered {} pending events at start ({} re-armed)", delivered, givenUp.size());
        }
    }

    /** The next 03:00 UTC strictly after {@code now}. */
    static Instant nextSweep(Instant now) {
        ZonedDateTime today = now.atZone(ZoneOffset.UTC).with(SWEEP_AT);
        return (today.toInstant().isAfter(now) ? today : today.plusDays(1)).toInstant();
    }

    private void scheduleNextSweep() {
        Duration wait = Duration.between(clock.instant(), nextSweep(clock.instant()));
        executor.schedule(() -> {
            try {
                SweepReport report = sweepNow();
                LOG.info("daily sweep: {} entries, {} items, {} bytes freed", report.rootsPurged(),
                        report.itemsPurged(), report.bytesFreed());
            } catch (RuntimeException e) {
                LOG.warn("daily sweep failed; it runs again tomorrow", e);
            } finally {
                scheduleNextSweep();
            }
        }, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void dispatchQuietly() {
        try {
            trash.dispatcher().dispatch();
        } catch (RuntimeException e) {
            LOG.warn("event dispatch failed; retrying in 30 seconds", e);
        }
    }

    /** The sweep report as JSON. */
    static Map<String, Object> json(SweepReport report) {
        Map<String, Object> json = Json.object();
        json.put("rootsPurged", report.rootsPurged());
        json.put("itemsPurged", report.itemsPurged());
        json.put("assetsPurged", report.assetsPurged());
        json.put("bytesFreed", report.bytesFreed());
        json.put("batches", report.batches());
        json.put("elapsedMillis", report.elapsed().toMillis());
        json.put("budgetExhausted", report.budgetExhausted());
        json.put("eventsPending", report.eventsPending());
        return json;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
