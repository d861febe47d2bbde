package dev.trash.spring.boot.autoconfigure.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.scheduling.support.CronExpression;

/**
 * A task on a cron, read against a {@link Clock} each time it is asked rather than turned once into a delay of
 * real time: checked every second, it runs as soon as the clock has reached the next time of the cron, so a
 * clock that jumps (a host's test clock, a corrected system clock) runs it when the clock says, not when a
 * delay computed beforehand runs out.
 */
final class CronByClock implements Runnable {

    private final CronExpression cron;
    private final ZoneId zone;
    private final Clock clock;
    private final Runnable task;
    private Instant next;

    CronByClock(CronExpression cron, ZoneId zone, Clock clock, Runnable task) {
        this.cron = cron;
        this.zone = zone;
        this.clock = clock;
        this.task = task;
        this.next = nextAfter(clock.instant());
    }

    @Override
    public void run() {
        Instant now = clock.instant();
        if (next == null || now.isBefore(next)) {
            return;
        }
        next = nextAfter(now);
        task.run();
    }

    /** The cron's first time after the instant, null if it has none. */
    private Instant nextAfter(Instant instant) {
        ZonedDateTime after = cron.next(instant.atZone(zone));
        return after == null ? null : after.toInstant();
    }
}
