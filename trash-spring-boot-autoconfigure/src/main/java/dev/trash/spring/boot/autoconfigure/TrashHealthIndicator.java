package dev.trash.spring.boot.autoconfigure;

import dev.trash.EventDispatcher;
import dev.trash.SweepReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code trash} health indicator. DOWN only when no sweep has run to its end for longer than
 * {@code trash.health.sweep-overdue-after} (counted from the application's start before the first sweep):
 * a sweep that ran to its end counts even if some entries failed, for those are retried and shown in the
 * details. On an instance that does not schedule the sweep, always UP. Details: the last sweep's time and
 * result, the entries its purge left due, the failed purges since start, the undeliverable events per
 * listener.
 */
public final class TrashHealthIndicator extends AbstractHealthIndicator {

    private final TrashSweepRunner sweeps;
    private final EventDispatcher dispatcher;
    private final Collection<String> listeners;
    private final RecentPurgeFailures purgeFailures;
    private final TrashProperties properties;
    private final Clock clock;

    /**
     * @param sweeps the sweeps of this instance
     * @param dispatcher the dispatcher, for the undeliverable events
     * @param listeners the listeners' stable names
     * @param purgeFailures the failed purges of this instance
     * @param properties the limit, and whether this instance sweeps
     * @param clock the clock the limit is measured with
     */
    public TrashHealthIndicator(TrashSweepRunner sweeps, EventDispatcher dispatcher, Collection<String> listeners,
                                RecentPurgeFailures purgeFailures, TrashProperties properties, Clock clock) {
        super("Trash health check failed");
        this.sweeps = sweeps;
        this.dispatcher = dispatcher;
        this.listeners = List.copyOf(listeners);
        this.purgeFailures = purgeFailures;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        TrashSweepRunner.SweepStatus status = sweeps.status();
        Duration limit = properties.health().sweepOverdueAfter();
        Duration since = Duration.between(status.completedOrStarted(), clock.instant());
        boolean overdue = properties.sweep().enabled() && since.compareTo(limit) > 0;
        builder.status(overdue ? org.springframework.boot.health.contributor.Status.DOWN
                : org.springframework.boot.health.contributor.Status.UP);
        if (overdue) {
            builder.withDetail("reason", "no sweep has run to its end for " + since + ", longer than " + limit);
        }
        builder.withDetail("sweepScheduled", properties.sweep().enabled());
        builder.withDetail("lastSweepStartedAt", text(status.lastStartedAt()));
        builder.withDetail("lastSweepCompletedAt", text(status.lastCompletedAt()));
        builder.withDetail("lastSweepResult", result(status));
        SweepReport report = status.lastReport();
        builder.withDetail("overdueEntries", report == null ? 0 : report.entriesFailed());
        builder.withDetail("stoppedAtBudget", report != null && report.budgetExhausted());
        builder.withDetail("failedPurgesSinceStart", purgeFailures.total());
        Map<String, Integer> undeliverable = new LinkedHashMap<>();
        for (String listener : listeners) {
            undeliverable.put(listener, TrashUndeliverableEventsMeter.count(dispatcher, listener));
        }
        builder.withDetail("undeliverableEvents", undeliverable);
    }

    private static String result(TrashSweepRunner.SweepStatus status) {
        if (status.lastStartedAt() == null) {
            return "none yet";
        }
        if (status.lastFailure() != null) {
            return "failed: " + status.lastFailure();
        }
        SweepReport r = status.lastReport();
        return "completed: " + r.rootsPurged() + " entries, " + r.itemsPurged() + " items, " + r.bytesFreed()
                + " bytes purged; " + r.entriesFailed() + " failed";
    }

    private static String text(Instant instant) {
        return instant == null ? "never" : instant.toString();
    }
}
