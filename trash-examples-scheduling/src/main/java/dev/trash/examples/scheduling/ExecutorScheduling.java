package dev.trash.examples.scheduling;

import dev.trash.Trash;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The sweeper daily at 03:00 UTC and the dispatcher every 10 seconds, on a plain ScheduledExecutorService. */
public final class ExecutorScheduling implements AutoCloseable {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    /** Starts both schedules for {@code trash}. */
    public ExecutorScheduling(Trash trash, Clock clock) {
        // tag::executor[]
        long firstSweep = untilNext(LocalTime.of(3, 0), clock).toMillis();
        scheduler.scheduleAtFixedRate(() -> trash.sweeper().sweep(),
                firstSweep, Duration.ofDays(1).toMillis(), TimeUnit.MILLISECONDS);
        // Delivers events written by operations whose process died before delivering them,
        // and retries failed listeners once their backoff has passed.
        scheduler.scheduleWithFixedDelay(() -> trash.dispatcher().dispatch(), 0, 10, TimeUnit.SECONDS);
        // end::executor[]
    }

    /** Time from now until the next {@code time} in UTC (tomorrow's when today's has passed). */
    static Duration untilNext(LocalTime time, Clock clock) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ZoneOffset.UTC));
        ZonedDateTime next = now.with(time);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        return Duration.between(now, next);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
