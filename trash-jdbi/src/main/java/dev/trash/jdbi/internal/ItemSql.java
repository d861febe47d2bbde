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
        return s.handle().createQuery("SELECT " + t.itemColumns("x") + " FROM " + t.table() + " x WHERE x."
                        + t.tenant() + " = :tenant AND x." + t.id() + " = :id" + (lock ? s.dialect().forUpdate() : ""))
                .bind("tenant", tenant).bind("id", ref.id())
                .map(Rows.item(tenant, t)).findOne();
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
        String parentColumn = t.parent() == null ? "" : ", " + t.parent();
        String parentValue = t.parent() == null ? "" : ", :parent";
        Update insert = s.handle().createUpdate("INSERT INTO " + t.table() + " (" + t.tenant() + ", " + t.id() + ", " + t.name() + ", "
                        + t.size() + parentColumn + ", " + t.marker() + ") VALUES (:tenant, :id, :name, :size"
                        + parentValue + ", :marker)")
                .bind("tenant", item.tenant()).bind("id", item.ref().id()).bind("name", item.name())
                .bind("size", item.sizeBytes()).bind("marker", item.trashEntryId());
        if (t.parent() != null) {
            insert.bind("parent", item.parent() == null ? null : item.parent().id());
        }
        return insert.execute();
    }

    void rename(String tenant, ItemRef ref, String name) {
        TypeTable t = s.tables().of(ref.type());
        s.handle().createUpdate("UPDATE " + t.table() + " SET " + t.name() + " = :name WHERE " + t.tenant()
                        + " = :tenant AND " + t.id() + " = :id")
                .bind("name", name).bind("tenant", tenant).bind("id", ref.id()).execute();
    }

    Optional<TrashItem> findActiveByName(String tenant, String type, ItemRef parent, String name) {
        TypeTable t = s.tables().of(type);
        String parentFilter = t.parent() == null ? "" : parent == null ? " AND x." + t.parent() + " IS NULL"
                : " AND x." + t.parent() + " = :parent";
        Query q = s.handle().createQuery("SELECT " + t.itemColumns("x") + " FROM " + t.table() + " x WHERE x."
                        + t.tenant() + " = :tenant AND x." + t.name() + " = :name AND x." + t.marker() + " IS NULL"
                        + parentFilter + " ORDER BY x." + t.id() + " LIMIT 1")
                .bind("tenant", tenant).bind("name", name);
        if (parentFilter.endsWith(":parent")) {
            q.bind("parent", parent.id());
        }
        return q.map(Rows.item(tenant, t)).findOne();
    }

    void linkAsset(String tenant, ItemRef owner, ItemRef asset) {
        LinkTable l = s.tables().links().stream()
                .filter(x -> x.ownerType().equals(owner.type()) && x.assetType().equals(asset.type())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no link table maps " + owner.type() + " -> "
                        + asset.type()));
        s.handle().createUpdate("INSERT INTO " + l.table() + " (" + l.tenant() + ", " + l.owner() + ", " + l.asset()
                        + ") SELECT :tenant, :owner, :asset" + s.dialect().fromNoTable() + " WHERE NOT EXISTS (SELECT 1 FROM "
                        + l.table() + " WHERE " + l.tenant() + " = :tenant AND " + l.owner() + " = :owner AND "
                        + l.asset() + " = :asset)")
                .bind("tenant", tenant).bind("owner", owner.id()).bind("asset", asset.id()).execute();
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
            Query q = s.handle().createQuery("SELECT " + t.itemColumns("x") + " FROM " + t.table() + " x WHERE x."
                            + t.tenant() + " = :tenant AND x." + t.marker() + " = :entry"
                            + (cmp == 0 ? " AND x." + t.id() + " > :after" : "") + " ORDER BY x." + t.id()
                            + " LIMIT :limit")
                    .bind("tenant", tenant).bind("entry", entryId).bind("limit", room);
            if (cmp == 0) {
                q.bind("after", after.id());
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
                    + active + " THEN " + t.size() + " ELSE 0 END) AS ab, SUM(CASE WHEN " + active
                    + " THEN 0 ELSE 1 END) AS tc, SUM(CASE WHEN " + active + " THEN 0 ELSE " + t.size()
                    + " END) AS tb FROM " + t.table() + " WHERE " + t.tenant() + " = :tenant");
        }
        Map<String, TypeUsage> usage = new LinkedHashMap<>();
        s.handle().createQuery(union + " ORDER BY k").bind("tenant", tenant)
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
