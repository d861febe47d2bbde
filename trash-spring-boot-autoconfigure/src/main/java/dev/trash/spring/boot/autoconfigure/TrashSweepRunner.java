package dev.trash.spring.boot.autoconfigure;

import dev.trash.SweepReport;
import dev.trash.TrashSweeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the sweeper for the schedule and for the Actuator endpoint, and remembers how the sweeps went: the
 * health indicator reads {@link #status()}. A failed sweep is logged here with what it means, rather than
 * left to the scheduler's "Unexpected error occurred in scheduled task".
 */
public final class TrashSweepRunner {

    private static final Logger LOG = LoggerFactory.getLogger(TrashSweepRunner.class);

    private final TrashSweeper sweeper;
    private final Clock clock;
    private final Instant startedAt;
    private final AtomicReference<SweepStatus> status;

    /**
     * @param sweeper the sweeper, which works in transactions of its own
     * @param clock the clock sweep times are read from
     */
    public TrashSweepRunner(TrashSweeper sweeper, Clock clock) {
        this.sweeper = sweeper;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.status = new AtomicReference<>(new SweepStatus(startedAt, null, null, null, null));
    }

    /**
     * Runs one sweep now.
     *
     * @return its report
     * @throws RuntimeException what made the sweep fail, after logging and recording it
     */
    public SweepReport sweep() {
        Instant start = clock.instant();
        try {
            SweepReport report = sweeper.sweep();
            status.updateAndGet(s -> new SweepStatus(s.applicationStart(), start, report, start, null));
            return report;
        } catch (RuntimeException e) {
            Duration took = Duration.between(start, clock.instant());
            status.updateAndGet(s -> new SweepStatus(s.applicationStart(), start, null, s.lastCompletedAt(),
                    e.toString()));
            LOG.error("Trash sweep failed after {} ms: entries whose retention has ended stay in Trash until a "
                    + "sweep runs to its end; the next scheduled sweep tries again. Cause: {}",
                    took.toMillis(), e.toString(), e);
            throw e;
        }
    }

    /** Runs one sweep for the scheduler: a failure is logged and recorded, and does not reach the scheduler. */
    void sweepOnSchedule() {
        try {
            sweep();
        } catch (RuntimeException logged) {
            // logged and recorded by sweep()
        }
    }

    /** @return how the sweeps of this instance went */
    public SweepStatus status() {
        return status.get();
    }

    /**
     * How the sweeps of this instance went.
     *
     * @param applicationStart when this runner was created
     * @param lastStartedAt when the last sweep started, null before the first
     * @param lastReport the last sweep's report, null if it failed or none ran
     * @param lastCompletedAt when the last sweep that ran to its end started, null if none did
     * @param lastFailure what made the last sweep fail, null if it did not
     */
    public record SweepStatus(Instant applicationStart, Instant lastStartedAt, SweepReport lastReport,
                              Instant lastCompletedAt, String lastFailure) {

        /** @return the last completed sweep's start, or the application's start when none has completed */
        public Instant completedOrStarted() {
            return Optional.ofNullable(lastCompletedAt).orElse(applicationStart);
        }
    }
}
