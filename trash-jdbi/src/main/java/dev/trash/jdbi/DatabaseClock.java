package dev.trash.jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * A clock that follows the database's time instead of the host's, for services whose instances' clocks
 * cannot be trusted to agree: every instance that reads the same database then agrees on what is due and
 * on when a lease runs out. It measures the offset between the database and this JVM once per
 * {@code refreshEvery} and applies it to the system clock, so a reading costs no round trip.
 *
 * <pre>{@code
 * Trash trash = Trash.builder()...clock(DatabaseClock.of(jdbi, SqlDialect.POSTGRESQL)).build();
 * }</pre>
 */
public final class DatabaseClock extends Clock {

    private final Jdbi jdbi;
    private final String nowQuery;
    private final Clock local;
    private final Duration refreshEvery;
    private volatile Duration offset;
    private volatile Instant measuredAt;

    private DatabaseClock(Jdbi jdbi, String nowQuery, Clock local, Duration refreshEvery) {
        this.jdbi = jdbi;
        this.nowQuery = nowQuery;
        this.local = local;
        this.refreshEvery = refreshEvery;
        refresh();
    }

    /** A clock following the database's time, measured once a minute. */
    public static DatabaseClock of(Jdbi jdbi, SqlDialect dialect) {
        return of(jdbi, dialect, Duration.ofMinutes(1));
    }

    /** A clock following the database's time, measured every {@code refreshEvery}. */
    public static DatabaseClock of(Jdbi jdbi, SqlDialect dialect, Duration refreshEvery) {
        Objects.requireNonNull(jdbi, "jdbi");
        if (refreshEvery == null || refreshEvery.isNegative() || refreshEvery.isZero()) {
            throw new IllegalArgumentException("refreshEvery must be a positive duration, was " + refreshEvery);
        }
        return new DatabaseClock(jdbi, nowQuery(dialect), Clock.systemUTC(), refreshEvery);
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
        Instant midpoint = before.plus(Duration.between(before, after).dividedBy(2));
        this.offset = Duration.between(midpoint, Instant.ofEpochMilli(databaseMillis));
        this.measuredAt = after;
    }

    /** How far the database's clock is ahead of this JVM's (negative when behind), as last measured. */
    public Duration offset() {
        return offset;
    }

    @Override
    public Instant instant() {
        Instant now = local.instant();
        if (Duration.between(measuredAt, now).compareTo(refreshEvery) >= 0) {
            refresh();
            now = local.instant();
        }
        return now.plus(offset);
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
