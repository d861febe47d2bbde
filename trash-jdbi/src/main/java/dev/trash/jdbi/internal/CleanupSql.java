package dev.trash.jdbi.internal;

import java.time.Instant;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The sweep's cleanup of Trash's own tables. Each verb first finds the highest sequence of its batch (the
 * first {@code limit} rows by sequence that match), then deletes what matches up to it: a fixed number of
 * statements whatever the batch size, in SQL that H2, PostgreSQL and MariaDB all accept (no DELETE with an
 * alias or a LIMIT, no subquery on the table being deleted from).
 */
final class CleanupSql {

    private static final String DELIVERED = "%1$s.sequence <= :through AND NOT EXISTS (SELECT 1 FROM trash_delivery d "
            + "WHERE d.sequence = %1$s.sequence)";
    private static final String EXPIRED = "%1$s.occurred_at < :cutoff AND %1$s.sequence <= :through";

    private final Session s;

    CleanupSql(Session session) {
        this.s = session;
    }

    long deleteDeliveredEvents(long throughSequence, int limit) {
        return deleteEvents(DELIVERED, false, null, throughSequence, limit);
    }

    long deleteEventsBefore(Instant cutoff, long throughSequence, int limit) {
        return deleteEvents(EXPIRED, true, cutoff, throughSequence, limit);
    }

    /** The events, their delivery states when asked, and the tombstones of the purges among them. */
    private long deleteEvents(String matching, boolean withDeliveryStates, Instant cutoff, long through, int limit) {
        Long max = withCutoff(s.handle().createQuery("SELECT MAX(b.sequence) FROM (SELECT o.sequence FROM trash_outbox "
                        + "o WHERE " + matching.formatted("o") + " ORDER BY o.sequence LIMIT :limit) b"), cutoff)
                .bind("through", through).bind("limit", limit).mapTo(Long.class).one();
        if (max == null) {
            return 0;
        }
        String batch = matching.formatted("o") + " AND o.sequence <= :max";
        if (withDeliveryStates) {
            bound("DELETE FROM trash_delivery WHERE sequence IN (SELECT o.sequence FROM trash_outbox o WHERE " + batch
                    + ")", through, cutoff, max);
        }
        bound("DELETE FROM trash_tombstone WHERE (tenant, entry_id) IN (SELECT o.tenant, o.entry_id "
                + "FROM trash_outbox o WHERE o.kind = 'PURGED' AND " + batch + ")", through, cutoff, max);
        return bound("DELETE FROM trash_outbox WHERE " + matching.formatted("trash_outbox")
                + " AND trash_outbox.sequence <= :max", through, cutoff, max);
    }

    long deleteAuditBefore(Instant cutoff, int limit) {
        Long max = s.handle().createQuery("SELECT MAX(b.sequence) FROM (SELECT sequence FROM trash_audit "
                        + "WHERE occurred_at < :cutoff ORDER BY sequence LIMIT :limit) b")
                .bind("cutoff", cutoff.toEpochMilli()).bind("limit", limit).mapTo(Long.class).one();
        if (max == null) {
            return 0;
        }
        return s.handle().createUpdate("DELETE FROM trash_audit WHERE occurred_at < :cutoff AND sequence <= :max")
                .bind("cutoff", cutoff.toEpochMilli()).bind("max", max).execute();
    }

    private int bound(String sql, long through, Instant cutoff, long max) {
        return withCutoff(s.handle().createUpdate(sql), cutoff).bind("through", through).bind("max", max).execute();
    }

    /** Binds the cutoff only where the statement has one: JDBI refuses a value no parameter takes. */
    private static <S extends SqlStatement<S>> S withCutoff(S statement, Instant cutoffOrNull) {
        return cutoffOrNull == null ? statement : statement.bind("cutoff", cutoffOrNull.toEpochMilli());
    }
}
