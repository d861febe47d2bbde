package dev.trash.jdbi.internal;

import dev.trash.ItemRef;
import dev.trash.TrashEntry;
import dev.trash.TrashItem;
import dev.trash.jdbi.KeyType;
import dev.trash.spi.EntryKey;
import dev.trash.spi.ListedEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.Query;

/**
 * Entries with their roots' parents in one statement: the keyset page of {@code trash_entry} as a derived
 * table, left-joined to each table whose items may hold others, on the entry's parent type and the parent's
 * key. A Trash page is the keyset page plus these joins, never a lookup per row.
 *
 * <p>The page is fenced in a derived table with its own ORDER BY and LIMIT (no database merges one that has a
 * LIMIT) so that the joins see at most a page of rows whatever plan they get. Joined directly, MariaDB scanned
 * a parent table whose statistics said it was empty (no model created yet) through a join buffer, which cannot
 * stop at a LIMIT: it read the tenant's million entries, joined them all and sorted them, 2.9 s for a page of
 * 50 where the raw keyset page takes 0.3 ms ({@code MariaDbListingPlanTest}).
 */
final class ListingSql {

    private static final String ENTRY_COLUMNS = Arrays.stream(Rows.ENTRY_COLUMNS.split(", "))
            .map(c -> "e." + c).collect(Collectors.joining(", "));
    private static final String NEWEST_FIRST = " ORDER BY e.deleted_at DESC, e.id DESC";

    private final Session s;
    private final List<TypeTable> parents;

    ListingSql(Session session) {
        this.s = session;
        this.parents = session.tables().parentTables();
    }

    /** The page of {@code EntrySql.list}, each entry with its parent. */
    List<ListedEntry> page(String tenant, String typeOrNull, EntryKey after, int limit) {
        Query q = query(" WHERE e.tenant = :tenant" + (typeOrNull == null ? "" : " AND e.root_type = :type")
                        // the leading "deleted_at <= :at" bounds the index scan, as in EntrySql.list
                        + (after == null ? "" : " AND e.deleted_at <= :at AND (e.deleted_at < :at OR e.id < :id)")
                        + NEWEST_FIRST + " LIMIT :limit", NEWEST_FIRST, tenant)
                .bind("limit", limit);
        if (typeOrNull != null) {
            q.bind("type", typeOrNull);
        }
        if (after != null) {
            q.bind("at", after.deletedAt().toEpochMilli()).bind("id", after.id());
        }
        return q.map((rs, ctx) -> listed(rs, tenant)).list();
    }

    /** The tenant's entries among {@code ids}, each with its parent. */
    List<ListedEntry> byIds(String tenant, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return InList.bind(query(" WHERE e.tenant = :tenant AND e.id IN (" + InList.params("e", ids.size()) + ")", "",
                tenant), "e", ids).map((rs, ctx) -> listed(rs, tenant)).list();
    }

    /**
     * @param entries the WHERE, and for a page the ORDER BY and LIMIT, that pick the entries from
     *     {@code trash_entry e}
     * @param order the order of the joined rows (a derived table's order is not kept)
     */
    private Query query(String entries, String order, String tenant) {
        StringBuilder sql = new StringBuilder("SELECT ").append(ENTRY_COLUMNS);
        for (int i = 0; i < parents.size(); i++) {
            TypeTable t = parents.get(i);
            String p = "p" + i;
            sql.append(", ").append(p).append('.').append(t.id()).append(" AS ").append(p).append("_id, ")
                    .append(p).append('.').append(t.name()).append(" AS ").append(p).append("_name, ")
                    .append(p).append('.').append(t.size()).append(" AS ").append(p).append("_size, ")
                    .append(t.parent() == null ? "NULL" : t.parentKey().toText(p + "." + t.parent()))
                    .append(" AS ").append(p).append("_parent, ")
                    .append(p).append('.').append(t.marker()).append(" AS ").append(p).append("_marker");
        }
        sql.append(" FROM (SELECT ").append(ENTRY_COLUMNS).append(" FROM trash_entry e").append(entries).append(") e");
        for (int i = 0; i < parents.size(); i++) {
            TypeTable t = parents.get(i);
            String p = "p" + i;
            // guarded as in SubtreeSql.entriesNestedIn: another parent type's id may not cast to this key type
            String parentId = t.idKey().type() == KeyType.TEXT ? "e.parent_id"
                    : "CASE WHEN e.parent_type = :" + p + "_type THEN e.parent_id END";
            sql.append(" LEFT JOIN ").append(t.table()).append(' ').append(p).append(" ON e.parent_type = :").append(p)
                    .append("_type AND ").append(t.tenantIs(p)).append(" AND ").append(p).append('.').append(t.id())
                    .append(" = ").append(t.idKey().fromText(parentId));
        }
        Query q = s.handle().createQuery(sql + order);
        for (int i = 0; i < parents.size(); i++) {
            q.bind("p" + i + "_type", parents.get(i).type());
        }
        return KeyParams.bind(q, "tenant", tenant);
    }

    private ListedEntry listed(ResultSet rs, String tenant) throws SQLException {
        TrashEntry entry = Rows.entry(rs);
        if (entry.parent() == null) {
            return new ListedEntry(entry, null);
        }
        for (int i = 0; i < parents.size(); i++) {
            TypeTable t = parents.get(i);
            String p = "p" + i;
            if (t.type().equals(entry.parent().type()) && rs.getObject(p + "_id") != null) {
                String grandParent = rs.getString(p + "_parent");
                long marker = rs.getLong(p + "_marker");
                Long entryId = rs.wasNull() ? null : marker;
                return new ListedEntry(entry, new TrashItem(tenant, entry.parent(), rs.getString(p + "_name"),
                        rs.getLong(p + "_size"), grandParent == null ? null : ItemRef.of(t.parentType(), grandParent),
                        entryId));
            }
        }
        return new ListedEntry(entry, null);
    }
}
