package dev.trash.jdbi.internal;

import dev.trash.DuplicateItemException;
import dev.trash.ItemRef;
import dev.trash.NameConflictException;
import dev.trash.StorageUsage.TypeUsage;
import dev.trash.TrashItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/** The item verbs of the port on host tables: one statement each, every value bound. */
final class ItemSql {

    private final Session s;

    ItemSql(Session session) {
        this.s = session;
    }

    Optional<TrashItem> find(String tenant, ItemRef ref, boolean lock) {
        TypeTable t = s.tables().of(ref.type());
        Query q = s.handle().createQuery("SELECT " + t.itemColumns("x") + " FROM " + t.table() + " x WHERE "
                + t.tenantIs("x") + " AND " + t.idIs("x", "id") + (lock ? s.dialect().forUpdate() : ""));
        return KeyParams.bind(KeyParams.bind(q, "tenant", tenant), "id", ref.id()).map(Rows.item(tenant, t)).findOne();
    }

    /**
     * Inserts the row. A concurrent insert of the same id, or of a namesake the host's unique index refuses,
     * becomes the core's exception, as if the check before it had seen the other row.
     */
    void insert(TrashItem item) {
        Savepoints.onDuplicate(s, () -> insertRow(item), () -> {
            throw duplicateOf(item);
        });
        new AssetWatch(s).forget(item.tenant(), item.ref());
    }

    private RuntimeException duplicateOf(TrashItem item) {
        if (find(item.tenant(), item.ref(), false).isPresent()) {
            return new DuplicateItemException(item.ref());
        }
        return findActiveByName(item.tenant(), item.ref().type(), item.parent(), item.name())
                .<RuntimeException>map(other -> new NameConflictException(item.ref(), item.name(), other.ref()))
                .orElseGet(() -> new DuplicateItemException(item.ref()));
    }

    private int insertRow(TrashItem item) {
        TypeTable t = s.tables().of(item.ref().type());
        HostKeys.require(t.idKey(), item.ref().id(), item.ref().type() + " id", t.table() + "." + t.id());
        if (t.tenant() != null) {
            HostKeys.require(t.tenantKey(), item.tenant(), "tenant", t.table() + "." + t.tenant());
        }
        HostKeys.requireSingleTenant(t.singleTenant(), item.tenant());
        StringJoiner columns = new StringJoiner(", ");
        StringJoiner values = new StringJoiner(", ");
        optional(columns, values, t.tenant(), t.tenantKey().param("tenant"));
        optional(columns, values, t.id(), t.idKey().param("id"));
        optional(columns, values, t.name(), ":name");
        optional(columns, values, t.size(), ":size");
        optional(columns, values, t.parent(), t.parentKey().param("parent"));
        optional(columns, values, t.marker(), ":marker");
        Update insert = s.handle().createUpdate("INSERT INTO " + t.table() + " (" + columns + ") VALUES (" + values + ")")
                .bind("name", item.name()).bind("size", item.sizeBytes()).bind("marker", item.trashEntryId());
        KeyParams.bind(KeyParams.bind(insert, "tenant", item.tenant()), "id", item.ref().id());
        if (t.parent() != null) {
            String parent = item.parent() == null ? null : item.parent().id();
            if (parent != null) {
                HostKeys.require(t.parentKey(), parent, item.ref().type() + " parent", t.table() + "." + t.parent());
            }
            KeyParams.bind(insert, "parent", parent);
        }
        return insert.execute();
    }

    /** Adds a column and its value, unless the table has no such column. */
    private static void optional(StringJoiner columns, StringJoiner values, String column, String value) {
        if (column != null) {
            columns.add(column);
            values.add(value);
        }
    }

    void rename(String tenant, ItemRef ref, String name) {
        TypeTable t = s.tables().of(ref.type());
        if (t.name() == null) {
            return; // items of the type are named by their id
        }
        Update rename = s.handle().createUpdate("UPDATE " + t.table() + " SET " + t.name() + " = :name WHERE "
                + t.tenantIs(null) + " AND " + t.id() + " = " + t.idKey().param("id")).bind("name", name);
        KeyParams.bind(KeyParams.bind(rename, "tenant", tenant), "id", ref.id()).execute();
    }

    Optional<TrashItem> findActiveByName(String tenant, String type, ItemRef parent, String name) {
        TypeTable t = s.tables().of(type);
        if (t.name() == null) {
            return Optional.empty(); // no name column, no unique-name rule
        }
        String parentFilter = t.parent() == null ? "" : parent == null ? " AND x." + t.parent() + " IS NULL"
                : " AND x." + t.parent() + " = " + t.parentKey().param("parent");
        Query q = s.handle().createQuery("SELECT " + t.itemColumns("x") + " FROM " + t.table() + " x WHERE "
                        + t.tenantIs("x") + " AND x." + t.name() + " = :name AND x." + t.marker() + " IS NULL"
                        + parentFilter + " ORDER BY x." + t.id() + " LIMIT 1")
                .bind("name", name);
        KeyParams.bind(q, "tenant", tenant);
        if (t.parent() != null && parent != null) {
            KeyParams.bind(q, "parent", parent.id());
        }
        return q.map(Rows.item(tenant, t)).findOne();
    }

    void linkAsset(String tenant, ItemRef owner, ItemRef asset) {
        LinkTable l = s.tables().links().stream()
                .filter(x -> x.ownerType().equals(owner.type()) && x.assetType().equals(asset.type())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no link table maps " + owner.type() + " -> "
                        + asset.type()));
        String ownerParam = l.ownerKey().param("owner");
        String assetParam = l.assetKey().param("asset");
        String tenantColumn = l.tenant() == null ? "" : l.tenant() + ", ";
        String tenantValue = l.tenant() == null ? "" : l.tenantKey().param("tenant") + ", ";
        Update link = s.handle().createUpdate("INSERT INTO " + l.table() + " (" + tenantColumn + l.owner() + ", "
                + l.asset() + ") SELECT " + tenantValue + ownerParam + ", " + assetParam
                + s.dialect().fromNoTable() + " WHERE NOT EXISTS (SELECT 1 FROM " + l.table() + " WHERE "
                + l.tenantIs(null) + " AND " + l.owner() + " = " + ownerParam + " AND " + l.asset() + " = " + assetParam
                + ")");
        KeyParams.bind(KeyParams.bind(KeyParams.bind(link, "tenant", tenant), "owner", owner.id()), "asset", asset.id())
                .execute();
        new AssetWatch(s).forget(tenant, asset); // re-linked: kept for its new owner
    }

    /** One bounded query per type table at or after the cursor's type: the order is (type, id). */
    List<TrashItem> itemsOfEntry(String tenant, long entryId, ItemRef after, int limit) {
        List<TrashItem> page = new ArrayList<>();
        for (TypeTable t : s.tables().all()) {
            int room = limit - page.size();
            int cmp = after == null ? 1 : t.type().compareTo(after.type());
            if (room <= 0 || cmp < 0) {
                continue;
            }
            Query q = s.handle().createQuery("SELECT " + t.itemColumns("x") + " FROM " + t.table() + " x WHERE "
                            + t.tenantIs("x") + " AND x." + t.marker() + " = :entry"
                            + (cmp == 0 ? " AND x." + t.id() + " > " + t.idKey().param("after") : "") + " ORDER BY x."
                            + t.id() + " LIMIT :limit")
                    .bind("entry", entryId).bind("limit", room);
            KeyParams.bind(q, "tenant", tenant);
            if (cmp == 0) {
                KeyParams.bind(q, "after", after.id());
            }
            page.addAll(q.map(Rows.item(tenant, t)).list());
        }
        return page;
    }

    /** One statement: a UNION ALL of one aggregate per table, keyed by the table's position. */
    Map<String, TypeUsage> storageUsage(String tenant) {
        List<TypeTable> tables = s.tables().all();
        StringJoiner union = new StringJoiner(" UNION ALL ");
        for (int i = 0; i < tables.size(); i++) {
            TypeTable t = tables.get(i);
            String active = t.marker() + " IS NULL";
            union.add("SELECT " + i + " AS k, SUM(CASE WHEN " + active + " THEN 1 ELSE 0 END) AS ac, SUM(CASE WHEN "
                    + active + " THEN " + t.sizeOf(null) + " ELSE 0 END) AS ab, SUM(CASE WHEN " + active
                    + " THEN 0 ELSE 1 END) AS tc, SUM(CASE WHEN " + active + " THEN 0 ELSE " + t.sizeOf(null)
                    + " END) AS tb FROM " + t.table() + " WHERE " + t.tenantIs(null));
        }
        Map<String, TypeUsage> usage = new LinkedHashMap<>();
        KeyParams.bind(s.handle().createQuery(union + " ORDER BY k"), "tenant", tenant)
                .map((rs, ctx) -> Map.entry(tables.get(rs.getInt("k")).type(),
                        new TypeUsage(rs.getLong("ac"), Rows.bytes(rs, "ab"), rs.getLong("tc"), Rows.bytes(rs, "tb"))))
                .forEach(e -> {
                    if (e.getValue().activeCount() + e.getValue().trashedCount() > 0) {
                        usage.put(e.getKey(), e.getValue());
                    }
                });
        return usage;
    }
}
