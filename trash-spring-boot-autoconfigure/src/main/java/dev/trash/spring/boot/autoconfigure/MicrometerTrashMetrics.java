package dev.trash.spring.boot.autoconfigure;

import dev.trash.PurgeFailure;
import dev.trash.SweepReport;
import dev.trash.TrashEntry;
import dev.trash.TrashMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link TrashMetrics} on Micrometer: {@code trash.operations{operation,type,outcome}},
 * {@code trash.sweep.duration{outcome}}, {@code trash.purged.items}, {@code trash.purged.bytes},
 * {@code trash.purge.failures}, and the gauges {@code trash.entries.overdue} and {@code trash.events.pending}
 * as the last sweep left them. No tag names a tenant.
 */
public final class MicrometerTrashMetrics implements TrashMetrics {

    private final MeterRegistry registry;
    private final Counter purgedItems;
    private final Counter purgedBytes;
    private final Counter purgeFailures;
    private final AtomicLong overdue = new AtomicLong();
    private final AtomicLong pending = new AtomicLong();

    /** @param registry where the meters are registered */
    public MicrometerTrashMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.purgedItems = Counter.builder("trash.purged.items")
                .description("Items and exclusive assets the sweeper deleted permanently").register(registry);
        this.purgedBytes = Counter.builder("trash.purged.bytes").baseUnit("bytes")
                .description("Bytes the sweeper freed").register(registry);
        this.purgeFailures = Counter.builder("trash.purge.failures")
                .description("Entries the sweeper could not purge; each went back to Trash with the failure recorded")
                .register(registry);
        Gauge.builder("trash.entries.overdue", overdue, AtomicLong::get)
                .description("Due entries the last sweep left in Trash because their purge failed")
                .register(registry);
        Gauge.builder("trash.events.pending", pending, AtomicLong::get)
                .description("Events some listener had yet to receive after the last sweep").register(registry);
    }

    @Override
    public void operation(String operation, String type, String outcome) {
        Counter.builder("trash.operations").description("Trash operations by type and outcome")
                .tag("operation", operation).tag("type", type).tag("outcome", outcome)
                .register(registry).increment();
    }

    @Override
    public void sweepCompleted(SweepReport report) {
        sweepTimer("completed").record(report.elapsed());
        purgedItems.increment(report.itemsPurged() + report.assetsPurged());
        purgedBytes.increment(report.bytesFreed());
        overdue.set(report.entriesFailed());
        pending.set(report.eventsPending());
    }

    @Override
    public void sweepFailed(Duration elapsed, RuntimeException failure) {
        sweepTimer("failed").record(elapsed);
    }

    @Override
    public void purgeFailed(TrashEntry entry, PurgeFailure failure) {
        purgeFailures.increment();
    }

    private Timer sweepTimer(String outcome) {
        return Timer.builder("trash.sweep.duration").description("Time a sweep took, by whether it ran to its end")
                .tag("outcome", outcome).register(registry);
    }
}
