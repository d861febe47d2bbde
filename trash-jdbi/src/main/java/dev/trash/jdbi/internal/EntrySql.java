package dev.trash.jdbi.internal;

import dev.trash.ItemRef;
import dev.trash.PurgeClaim;
import dev.trash.PurgeFailure;
import dev.trash.PurgedItem;
import dev.trash.TrashEntry;
import dev.trash.spi.EntryKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.Update;

/** The rows of {@code trash_entry} and {@code trash_tombstone}; every listing is keyset-paged with a LIMIT. */
final class EntrySql {

    private static final String INSERT = "INSERT INTO trash_entry (tenant, root_type, root_id, root_name, "
            + "parent_type, parent_id, deleted_at, deleted_by, reason, scheduled_cleanup_at, size_bytes, cascaded_count, "
            + "delete_exclusive_assets, status) VALUES (:tenant, :rootType, :rootId, :rootName, :parentType, "
            + ":parentId, :deletedAt, :deletedBy, :reason, :cleanupAt, :size, :cascaded, :exclusive, 'TRASHED')";

    private final Session s;

    EntrySql(Session session) {
        this.s = session;
    }

    TrashEntry insert(TrashEntry e) {
        long id = bindEntry(s.handle().createUpdate(INSERT), e).executeAndReturnGeneratedKeys("id").mapTo(Long.class)
                .one();
        return e.withId(id);
    }

    private static <S extends SqlStatement<S>> S bindEntry(S statement, TrashEntry e) {
        return statement.bind("tenant", e.tenant()).bind("rootType", e.root().type()).bind("rootId", e.root().id())
                .bind("rootName", e.rootName())
                .bind("parentType", e.parent() == null ? null : e.parent().type())
                .bind("parentId", e.parent() == null ? null : e.parent().id())
                .bind("deletedAt", e.deletedAt().toEpochMilli()).bind("deletedBy", e.deletedBy())
                .bind("reason", e.reason()).bind("cleanupAt", e.scheduledCleanupAt().toEpochMilli())
                .bind("size", e.sizeBytes()).bind("cascaded", e.cascadedCount())
                .bind("exclusive", e.deleteExclusiveAssets());
    }

    /** The entries in one JDBC batch, their ids read back as generated keys in the batch's order. */
    List<TrashEntry> insertAll(List<TrashEntry> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        PreparedBatch batch = s.handle().prepareBatch(INSERT);
        list.forEach(e -> bindEntry(batch, e).add());
        List<Long> ids = batch.executePreparedBatch("id").mapTo(Long.class).list();
        if (ids.size() != list.size()) {
            throw new IllegalStateException("the database returned " + ids.size() + " generated ids for "
                    + list.size() + " entries");
        }
        List<TrashEntry> inserted = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            inserted.add(list.get(i).withId(ids.get(i)));
        }
        return inserted;
    }

    void updateTotals(String tenant, long entryId, long sizeBytes, long cascadedCount) {
        s.handle().createUpdate("UPDATE trash_entry SET size_bytes = :size, cascaded_count = :cascaded WHERE tenant = "
                        + ":tenant AND id = :id")
                .bind("size", sizeBytes).bind("cascaded", cascadedCount).bind("tenant", tenant).bind("id", entryId)
                .execute();
    }

    Optional<TrashEntry> find(String tenant, long entryId) {
        return s.handle().createQuery("SELECT " + Rows.ENTRY_COLUMNS + " FROM trash_entry WHERE tenant = :tenant AND "
                        + "id = :id")
                .bind("tenant", tenant).bind("id", entryId).map((rs, ctx) -> Rows.entry(rs)).findOne();
    }

    void delete(String tenant, long entryId) {
        s.handle().createUpdate("DELETE FROM trash_entry WHERE tenant = :tenant AND id = :id")
                .bind("tenant", tenant).bind("id", entryId).execute();
    }

    List<TrashEntry> list(String tenant, String typeOrNull, EntryKey after, int limit) {
        Query q = s.handle().createQuery("SELECT " + Rows.ENTRY_COLUMNS + " FROM trash_entry WHERE tenant = :tenant"
                        + (typeOrNull == null ? "" : " AND root_type = :type")
                        // the leading "deleted_at <= :at" bounds the index scan: with only the OR, PostgreSQL
                        // read the listing index from its first row, a cost growing with the page's depth
                        + (after == null ? "" : " AND deleted_at <= :at AND (deleted_at < :at OR id < :id)")
                        + " ORDER BY deleted_at DESC, id DESC LIMIT :limit")
                .bind("tenant", tenant).bind("limit", limit);
        if (typeOrNull != null) {
            q.bind("type", typeOrNull);
        }
        if (after != null) {
            q.bind("at", after.deletedAt().toEpochMilli()).bind("id", after.id());
        }
        return q.map((rs, ctx) -> Rows.entry(rs)).list();
    }

    long count(String tenant, String typeOrNull) {
        Query q = s.handle().createQuery("SELECT COUNT(*) FROM trash_entry WHERE tenant = :tenant"
                        + (typeOrNull == null ? "" : " AND root_type = :type"))
                .bind("tenant", tenant);
        if (typeOrNull != null) {
            q.bind("type", typeOrNull);
        }
        return q.mapTo(Long.class).one();
    }

    Optional<TrashEntry> lock(String tenant, long entryId) {
        return s.handle().createQuery("SELECT " + Rows.ENTRY_COLUMNS + " FROM trash_entry WHERE tenant = :tenant AND "
                        + "id = :id" + s.dialect().forUpdate())
                .bind("tenant", tenant).bind("id", entryId).map((rs, ctx) -> Rows.entry(rs)).findOne();
    }

    /**
     * The entries among {@code ids} that exist in the tenant, locked, in the order of {@code ids}. The lookup
     * goes by primary key alone: with the tenant in the WHERE clause MariaDB may walk the tenant's listing
     * index and wait on rows other transactions hold, which deadlocks two sweepers.
     */
    List<TrashEntry> lockAll(String tenant, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, TrashEntry> locked = new HashMap<>();
        InList.bind(s.handle().createQuery("SELECT " + Rows.ENTRY_COLUMNS + " FROM trash_entry WHERE id IN ("
                        + InList.params("id", ids.size()) + ") ORDER BY id" + s.dialect().forUpdate()), "id", ids)
                .map((rs, ctx) -> Rows.entry(rs)).stream().filter(e -> e.tenant().equals(tenant))
                .forEach(e -> locked.put(e.id(), e));
        return ids.stream().map(locked::get).filter(Objects::nonNull).toList();
    }

    /** Deletes entries the transaction has locked with {@link #lockAll}, by primary key for the same reason. */
    void deleteAll(List<Long> lockedIds) {
        Marks.bind(s.dialect(), s.handle().createUpdate(s.dialect().deleteByEntryIds("trash_entry", null, "id",
                lockedIds)), lockedIds).execute();
    }

    /**
     * Locks a batch of due, unclaimed (or abandoned) entries, skipping those another sweeper holds, then
     * claims them with one UPDATE: two statements whatever the batch size.
     */
    List<TrashEntry> claimDue(Instant now, PurgeClaim claim, int limit) {
        List<TrashEntry> due = s.handle().createQuery("SELECT " + Rows.ENTRY_COLUMNS + " FROM trash_entry WHERE "
                        + "scheduled_cleanup_at <= :now AND (claim_owner IS NULL OR claim_lease_until <= :now) "
                        + "AND (next_purge_at IS NULL OR next_purge_at <= :now) "
                        + "ORDER BY scheduled_cleanup_at, id LIMIT :limit" + s.dialect().forUpdateSkipLocked())
                .bind("now", now.toEpochMilli()).bind("limit", limit).map((rs, ctx) -> Rows.entry(rs)).list();
        if (due.isEmpty()) {
            return due;
        }
        Update claimAll = s.handle().createUpdate("UPDATE trash_entry SET status = 'PURGING', claim_owner = :owner, "
                        + "claim_lease_until = :until WHERE id IN (" + InList.params("id", due.size()) + ")")
                .bind("owner", claim.owner()).bind("until", claim.leaseUntil().toEpochMilli());
        InList.bind(claimAll, "id", due.stream().map(TrashEntry::id).toList()).execute();
        return due.stream().map(e -> e.withClaim(claim)).toList();
    }

    /** Releases the claim and stores the failure: back to TRASHED, skipped by claims until the next attempt. */
    void recordPurgeFailure(String tenant, long entryId, PurgeFailure failure) {
        s.handle().createUpdate("UPDATE trash_entry SET status = 'TRASHED', claim_owner = NULL, claim_lease_until = "
                        + "NULL, purge_failure = :reason, purge_attempts = :attempts, purge_failed_at = :failedAt, "
                        + "next_purge_at = :next WHERE tenant = :tenant AND id = :id")
                .bind("reason", failure.reason()).bind("attempts", failure.attempts())
                .bind("failedAt", failure.failedAt().toEpochMilli()).bind("next", failure.nextAttemptAt().toEpochMilli())
                .bind("tenant", tenant).bind("id", entryId).execute();
    }

    List<PurgedItem> purgedItems(String tenant, long entryId, ItemRef after, int limit) {
        Query q = s.handle().createQuery("SELECT item_type, item_id, size_bytes, is_asset FROM trash_tombstone WHERE "
                        + "tenant = :tenant AND entry_id = :entry"
                        + (after == null ? "" : " AND (item_type > :type OR (item_type = :type AND item_id > :id))")
                        + " ORDER BY item_type, item_id LIMIT :limit")
                .bind("tenant", tenant).bind("entry", entryId).bind("limit", limit);
        if (after != null) {
            q.bind("type", after.type()).bind("id", after.id());
        }
        return q.map((rs, ctx) -> new PurgedItem(tenant, entryId, ItemRef.of(rs.getString("item_type"),
                rs.getString("item_id")), rs.getLong("size_bytes"), rs.getBoolean("is_asset"))).list();
    }

    /** One DELETE for the page, on the primary key's (tenant, entry_id) prefix. */
    void deletePurgedItems(String tenant, Collection<Long> entryIds) {
        List<Long> ids = List.copyOf(entryIds);
        if (ids.isEmpty()) {
            return;
        }
        Marks.bind(s.dialect(), s.handle().createUpdate(s.dialect().deleteByEntryIds("trash_tombstone", "tenant",
                "entry_id", ids)), ids).bind("tenant", tenant).execute();
    }

    void deletePurgedItems(String tenant, long entryId) {
        s.handle().createUpdate("DELETE FROM trash_tombstone WHERE tenant = :tenant AND entry_id = :entry")
                .bind("tenant", tenant).bind("entry", entryId).execute();
    }
}
