package dev.trash.jdbi.internal;

import dev.trash.AuditRecord;
import dev.trash.ItemRef;
import dev.trash.TrashEvent;
import dev.trash.spi.OutboxEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The outbox and the audit trail: append-only tables read in sequence order. */
final class OutboxSql {

    private static final String EVENT_COLUMNS = "sequence, event_id, kind, tenant, entry_id, root_type, root_id, "
            + "actor, occurred_at, item_count, size_bytes, asset_count, asset_bytes";

    private final Session s;

    OutboxSql(Session session) {
        this.s = session;
    }

    private final List<TrashEvent> pending = new ArrayList<>();
    private final List<AuditRecord> pendingAudit = new ArrayList<>();
    private boolean locked;

    /** Buffers the event: {@link #flush()} writes it just before the transaction commits. */
    void appendEvent(TrashEvent e) {
        pending.add(e);
    }

    /**
     * Writes the buffered audit lines and events under the outbox lock, held until commit, each kind in one
     * JDBC batch. Identity values are handed out at insert time but become visible at commit; without the
     * lock a transaction that took sequence 12 could commit after one that took 13, and a dispatcher (or an
     * audit reader) already past 13 would never see 12. Both tables wait for the lock, audit lines included.
     */
    void flush() {
        flushAudit();
        if (pending.isEmpty()) {
            return;
        }
        lockOutbox();
        PreparedBatch batch = s.handle().prepareBatch("INSERT INTO trash_outbox (event_id, kind, tenant, entry_id, "
                + "root_type, root_id, actor, occurred_at, item_count, size_bytes, asset_count, asset_bytes) VALUES ("
                + ":eventId, :kind, :tenant, :entry, :rootType, :rootId, :actor, :at, :items, :size, :assets, "
                + ":assetBytes)");
        for (TrashEvent e : pending) {
            batch.bind("eventId", e.eventId()).bind("kind", e.kind().name()).bind("tenant", e.tenant())
                    .bind("entry", e.entryId()).bind("rootType", e.root().type()).bind("rootId", e.root().id())
                    .bind("actor", e.actor()).bind("at", e.occurredAt().toEpochMilli()).bind("items", e.itemCount())
                    .bind("size", e.sizeBytes()).bind("assets", e.assetCount()).bind("assetBytes", e.assetBytes())
                    .add();
        }
        batch.execute();
        pending.clear();
    }

    List<OutboxEvent> eventsAfter(long sequence, int limit) {
        return s.handle().createQuery("SELECT " + EVENT_COLUMNS + " FROM trash_outbox WHERE sequence > :after "
                        + "ORDER BY sequence LIMIT :limit")
                .bind("after", sequence).bind("limit", limit).map((rs, ctx) -> event(rs)).list();
    }

    long countAfter(long sequence) {
        return s.handle().createQuery("SELECT COUNT(*) FROM trash_outbox WHERE sequence > :after")
                .bind("after", sequence).mapTo(Long.class).one();
    }

    Optional<OutboxEvent> event(long sequence) {
        return s.handle().createQuery("SELECT " + EVENT_COLUMNS + " FROM trash_outbox WHERE sequence = :sequence")
                .bind("sequence", sequence).map((rs, ctx) -> event(rs)).findOne();
    }

    private static OutboxEvent event(ResultSet rs) throws SQLException {
        return new OutboxEvent(rs.getLong("sequence"), new TrashEvent(rs.getString("event_id"),
                TrashEvent.Kind.valueOf(rs.getString("kind")), rs.getString("tenant"), rs.getLong("entry_id"),
                ItemRef.of(rs.getString("root_type"), rs.getString("root_id")), rs.getString("actor"),
                Instant.ofEpochMilli(rs.getLong("occurred_at")), rs.getLong("item_count"),
                rs.getLong("size_bytes"), rs.getLong("asset_count"), rs.getLong("asset_bytes")));
    }

    /** Buffers the audit line: {@link #flush()}, or the next read of the audit trail, writes it. */
    void appendAudit(AuditRecord a) {
        pendingAudit.add(a);
    }

    /** Takes the outbox lock once per transaction, before the first sequence of either table is drawn. */
    private void lockOutbox() {
        if (locked) {
            return;
        }
        if (s.handle().createQuery("SELECT id FROM trash_outbox_lock WHERE id = 1" + s.dialect().forUpdate())
                .mapTo(Integer.class).findOne().isEmpty()) {
            throw new IllegalStateException("trash_outbox_lock has no row: run the Trash schema (TrashSchema)");
        }
        locked = true;
    }

    private void flushAudit() {
        if (pendingAudit.isEmpty()) {
            return;
        }
        lockOutbox();
        PreparedBatch batch = s.handle().prepareBatch("INSERT INTO trash_audit (operation, tenant, actor, entry_id, "
                + "root_type, root_id, item_count, size_bytes, occurred_at, asset_count, asset_bytes) VALUES (:op, "
                + ":tenant, :actor, :entry, :rootType, :rootId, :items, :size, :at, :assets, :assetBytes)");
        for (AuditRecord a : pendingAudit) {
            batch.bind("op", a.operation().name()).bind("tenant", a.tenant()).bind("actor", a.actor())
                    .bind("entry", a.entryId()).bind("rootType", a.root().type()).bind("rootId", a.root().id())
                    .bind("items", a.itemCount()).bind("size", a.sizeBytes()).bind("at", a.at().toEpochMilli())
                    .bind("assets", a.assetCount()).bind("assetBytes", a.assetBytes())
                    .add();
        }
        batch.execute();
        pendingAudit.clear();
    }

    List<AuditRecord> audit(String tenant, long afterSequence, int limit) {
        flushAudit();
        return s.handle().createQuery("SELECT sequence, operation, tenant, actor, entry_id, root_type, root_id, "
                        + "item_count, size_bytes, occurred_at, asset_count, asset_bytes FROM trash_audit WHERE tenant = :tenant AND sequence > "
                        + ":after ORDER BY sequence LIMIT :limit")
                .bind("tenant", tenant).bind("after", afterSequence).bind("limit", limit)
                .map((rs, ctx) -> new AuditRecord(rs.getLong("sequence"),
                        TrashEvent.Kind.valueOf(rs.getString("operation")), rs.getString("tenant"),
                        rs.getString("actor"), rs.getLong("entry_id"),
                        ItemRef.of(rs.getString("root_type"), rs.getString("root_id")), rs.getLong("item_count"),
                        rs.getLong("size_bytes"), Instant.ofEpochMilli(rs.getLong("occurred_at")),
                        rs.getLong("asset_count"), rs.getLong("asset_bytes")))
                .list();
    }
}
