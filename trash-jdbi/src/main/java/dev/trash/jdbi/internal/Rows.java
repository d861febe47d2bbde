package dev.trash.jdbi.internal;

import dev.trash.ItemRef;
import dev.trash.PurgeClaim;
import dev.trash.PurgeFailure;
import dev.trash.TrashEntry;
import dev.trash.TrashItem;
import dev.trash.spi.ByteTotals;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.mapper.RowMapper;

/** Row mappers for the adapter's own tables and for host rows read through {@link TypeTable#itemColumns}. */
final class Rows {

    /** The columns of {@code trash_entry}, in the order {@link #entry} reads them. */
    static final String ENTRY_COLUMNS = "id, tenant, root_type, root_id, root_name, parent_type, parent_id, deleted_at, "
            + "deleted_by, reason, scheduled_cleanup_at, size_bytes, cascaded_count, delete_exclusive_assets, claim_owner, "
            + "claim_lease_until, purge_failure, purge_attempts, purge_failed_at, next_purge_at";

    private Rows() {
    }

    static TrashEntry entry(ResultSet rs) throws SQLException {
        String parentType = rs.getString("parent_type");
        ItemRef parent = parentType == null ? null : ItemRef.of(parentType, rs.getString("parent_id"));
        String claimOwner = rs.getString("claim_owner");
        PurgeClaim claim = claimOwner == null ? null
                : new PurgeClaim(claimOwner, Instant.ofEpochMilli(rs.getLong("claim_lease_until")));
        String failure = rs.getString("purge_failure");
        PurgeFailure purgeFailure = failure == null ? null : new PurgeFailure(failure, rs.getInt("purge_attempts"),
                Instant.ofEpochMilli(rs.getLong("purge_failed_at")), Instant.ofEpochMilli(rs.getLong("next_purge_at")));
        return new TrashEntry(rs.getLong("id"), rs.getString("tenant"),
                ItemRef.of(rs.getString("root_type"), rs.getString("root_id")), rs.getString("root_name"), parent,
                Instant.ofEpochMilli(rs.getLong("deleted_at")), rs.getString("deleted_by"), rs.getString("reason"),
                Instant.ofEpochMilli(rs.getLong("scheduled_cleanup_at")), rs.getLong("size_bytes"),
                rs.getLong("cascaded_count"), rs.getBoolean("delete_exclusive_assets"), claim,
                purgeFailure);
    }

    /** A column holding a SUM of sizes, {@link Long#MAX_VALUE} when the exact sum is larger. */
    static long bytes(ResultSet rs, String column) throws SQLException {
        return ByteTotals.of(rs.getBigDecimal(column));
    }

    /** Maps rows selected with {@code table.itemColumns(...)} of a tenant. */
    static RowMapper<TrashItem> item(String tenant, TypeTable table) {
        return (rs, ctx) -> {
            String parentId = rs.getString("item_parent");
            long marker = rs.getLong("item_marker");
            Long entryId = rs.wasNull() ? null : marker;
            return new TrashItem(tenant, ItemRef.of(table.type(), rs.getString("item_id")), rs.getString("item_name"),
                    rs.getLong("item_size"), parentId == null ? null : ItemRef.of(table.parentType(), parentId),
                    entryId);
        };
    }
}
