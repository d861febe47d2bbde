package dev.trash.jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Jdbi;

/**
 * A clock that follows the database's time instead of the host's, for services whose instances' clocks
 * cannot be trusted to agree: every instance that reads the same database then agrees on what is due and
 * on when a lease runs out. It measures the offset between the database and this JVM once per
 * {@code refreshEvery} and applies it to the system clock, so a reading costs no round trip. The interval is
 * timed with {@link System#nanoTime()}, which no clock adjustment moves, and a step of the system clock (NTP,
 * an operator) since the last measurement triggers a new one at once.
 *
 * <pre>{@code
 * Trash trash = Trash.builder()...clock(DatabaseClock.of(jdbi, SqlDialect.POSTGRESQL)).build();
 * }</pre>
 */
public final class DatabaseClock extends Clock {

    /** How far the system clock may drift from the elapsed time before it counts as a step. */
    private static final Duration STEP = Duration.ofSeconds(1);

    private final Jdbi jdbi;
    private final String nowQuery;
    private final Clock local;
    private final LongSupplier nanoTime;
    private final Duration refreshEvery;
    private volatile Measurement last;

    /** An offset and when it was measured, by the system clock and by the monotonic timer. */
    private record Measurement(Duration offset, Instant localAt, long nanosAt) {
    }

    private DatabaseClock(Jdbi jdbi, String nowQuery, Clock local, LongSupplier nanoTime, Duration refreshEvery) {
        this.jdbi = jdbi;
        this.nowQuery = nowQuery;
        this.local = local;
        this.nanoTime = nanoTime;
        this.refreshEvery = refreshEvery;
        refresh();
    }

    /** A clock following the database's time, measured once a minute. */
    public static DatabaseClock of(Jdbi jdbi, SqlDialect dialect) {
        return of(jdbi, dialect, Duration.ofMinutes(1));
    }

    /** A clock following the database's time, measured every {@code refreshEvery}. */
    public static DatabaseClock of(Jdbi jdbi, SqlDialect dialect, Duration refreshEvery) {
        return of(jdbi, dialect, refreshEvery, Clock.systemUTC(), System::nanoTime);
    }

    /** Over another system clock and timer: for tests that step the clock. */
    static DatabaseClock of(Jdbi jdbi, SqlDialect dialect, Duration refreshEvery, Clock local, LongSupplier nanoTime) {
        Objects.requireNonNull(jdbi, "jdbi");
        if (refreshEvery == null || refreshEvery.isNegative() || refreshEvery.isZero()) {
            throw new IllegalArgumentException("refreshEvery must be a positive duration, was " + refreshEvery);
        }
        return new DatabaseClock(jdbi, nowQuery(dialect), local, nanoTime, refreshEvery);
    }

    /** The database's current time in epoch milliseconds, whatever the session's time zone. */
    private static String nowQuery(SqlDialect dialect) {
        return switch (Objects.requireNonNull(dialect, "dialect")) {
            case POSTGRESQL -> "SELECT CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)";
            case MARIADB -> "SELECT CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED)";
            case H2 -> "SELECT CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP(3)) * 1000 AS BIGINT)";
        };
    }

    /** Measures the offset again now; half the round trip is attributed to each direction. */
    public void refresh() {
        Instant before = local.instant();
        long databaseMillis = jdbi.withHandle(h -> h.createQuery(nowQuery).mapTo(Long.class).one());
        Instant after = local.instant();
        long afterNanos = nanoTime.getAsLong();
        Instant midpoint = before.plus(Duration.between(before, after).dividedBy(2));
        this.last = new Measurement(Duration.between(midpoint, Instant.ofEpochMilli(databaseMillis)), after, afterNanos);
    }

    /** How far the database's clock is ahead of this JVM's (negative when behind), as last measured. */
    public Duration offset() {
        return last.offset();
    }

    @Override
    public Instant instant() {
        Measurement m = last;
        Instant now = local.instant();
        long elapsed = nanoTime.getAsLong() - m.nanosAt();
        // elapsed by the system clock alone stops refreshing after a step back, until the clock catches up
        boolean stepped = Duration.between(m.localAt().plusNanos(elapsed), now).abs().compareTo(STEP) > 0;
        if (stepped || elapsed >= refreshEvery.toNanos()) {
            refresh();
            return local.instant().plus(last.offset());
        }
        return now.plus(m.offset());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        DatabaseClock source = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return source.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }
        };
    }
}
