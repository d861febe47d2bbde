package dev.trash.jdbi.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Finds the assets a purge leaves with no owner: active, linked from a purged owner, linked from nothing
 * else, and holding no children. They are locked in id order first, so two purges sharing assets wait for
 * each other instead of deadlocking, and each decides against the other's committed links.
 */
final class ExclusiveAssets {

    private final Session s;

    ExclusiveAssets(Session session) {
        this.s = session;
    }

    /** Tombstones the orphaned assets while the purged owners still carry the mark that identifies them. */
    void tombstoneOrphans(Set<String> purgedTypes, String tenant, long entryId) {
        for (String assetType : assetTypes(purgedTypes)) {
            TypeTable a = s.tables().of(assetType);
            String candidates = candidates(a, purgedTypes);
            long locked = KeyParams.bind(s.handle().createQuery("SELECT x." + a.id() + " FROM " + a.table() + " x WHERE "
                            + a.tenantIs("x") + " AND x." + a.id() + " IN (" + candidates + ") ORDER BY x." + a.id()
                            + s.dialect().forUpdate()), "tenant", tenant)
                    .bind("entry", entryId).mapTo(String.class).stream().count();
            if (locked == 0) {
                continue;
            }
            KeyParams.bind(s.handle().createUpdate("INSERT INTO trash_tombstone (tenant, entry_id, item_type, item_id, "
                            + "size_bytes, is_asset) SELECT :tenant, :entry, :type, " + a.idKey().toText("x." + a.id())
                            + ", " + a.sizeOf("x") + ", :asset FROM " + a.table() + " x WHERE " + a.tenantIs("x") + " AND x."
                            + a.marker() + " IS NULL AND x." + a.id() + " IN (" + candidates + ")"
                            + noOtherOwner(a, purgedTypes) + noChildren(a)), "tenant", tenant)
                    .bind("entry", entryId).bind("type", a.type()).bind("asset", true).execute();
            watchKept(a, candidates, tenant, entryId);
        }
    }

    /** The active candidates kept because still shared: a later sweep removes them once unowned. */
    private void watchKept(TypeTable a, String candidates, String tenant, long entryId) {
        String id = a.idKey().toText("x." + a.id());
        KeyParams.bind(s.handle().createUpdate("INSERT INTO trash_asset_watch (tenant, asset_type, asset_id, entry_id) "
                        + "SELECT :tenant, :type, " + id + ", :entry FROM " + a.table() + " x WHERE " + a.tenantIs("x")
                        + " AND x." + a.marker() + " IS NULL AND x." + a.id() + " IN (" + candidates + ")"
                        + " AND NOT EXISTS (SELECT 1 FROM trash_tombstone t WHERE t.tenant = :tenant AND t.entry_id = "
                        + ":entry AND t.item_type = :type AND t.item_id = " + id + ")"
                        + " AND NOT EXISTS (SELECT 1 FROM trash_asset_watch w WHERE w.asset_type = :type AND w.tenant = "
                        + ":tenant AND w.asset_id = " + id + ")"), "tenant", tenant)
                .bind("entry", entryId).bind("type", a.type()).execute();
    }

    /** Deletes the assets tombstoned above; their last links went with their purged owners. */
    void deleteTombstoned(Set<String> purgedTypes, String tenant, long entryId) {
        for (String assetType : assetTypes(purgedTypes)) {
            TypeTable a = s.tables().of(assetType);
            KeyParams.bind(s.handle().createUpdate("DELETE FROM " + a.table() + " WHERE " + a.tenantIs(null) + " AND "
                            + a.id() + " IN (SELECT " + a.idKey().fromText("item_id") + " FROM trash_tombstone WHERE "
                            + "tenant = :tenant AND entry_id = :entry AND item_type = :type AND is_asset = :asset)"),
                            "tenant", tenant)
                    .bind("entry", entryId).bind("type", a.type()).bind("asset", true).execute();
            s.handle().createUpdate("DELETE FROM trash_asset_watch WHERE asset_type = :type AND tenant = :tenant AND "
                            + "asset_id IN (SELECT item_id FROM trash_tombstone WHERE tenant = :tenant AND entry_id = "
                            + ":entry AND item_type = :type AND is_asset = :asset)")
                    .bind("tenant", tenant).bind("entry", entryId).bind("type", a.type()).bind("asset", true).execute();
        }
    }

    private List<String> assetTypes(Set<String> purgedTypes) {
        return s.tables().linksOwnedBy(purgedTypes).stream().map(LinkTable::assetType).distinct().sorted().toList();
    }

    /** Assets of the type linked from a purged owner, as a subquery of one id column. */
    private String candidates(TypeTable asset, Set<String> purgedTypes) {
        StringJoiner union = new StringJoiner(" UNION ");
        for (LinkTable l : s.tables().linksOwnedBy(purgedTypes)) {
            if (l.assetType().equals(asset.type())) {
                TypeTable owner = s.tables().of(l.ownerType());
                union.add("SELECT l." + l.asset() + " AS id FROM " + l.table() + " l WHERE " + l.tenantIs("l")
                        + " AND l." + l.owner() + " IN (" + SubtreeSql.markedIds(owner, "o") + ")");
            }
        }
        return union.toString();
    }

    /** No link from an owner outside the purge, in any link table pointing at this asset type. */
    private String noOtherOwner(TypeTable asset, Set<String> purgedTypes) {
        StringBuilder sql = new StringBuilder();
        for (LinkTable l : s.tables().linksTo(Set.of(asset.type()))) {
            sql.append(" AND NOT EXISTS (SELECT 1 FROM ").append(l.table()).append(" k WHERE ").append(l.tenantIs("k"))
                    .append(" AND k.").append(l.asset()).append(" = x.").append(asset.id());
            if (purgedTypes.contains(l.ownerType())) {
                sql.append(" AND k.").append(l.owner()).append(" NOT IN (")
                        .append(SubtreeSql.markedIds(s.tables().of(l.ownerType()), "o")).append(")");
            }
            sql.append(")");
        }
        return sql.toString();
    }

    /** No link at all to the asset, whoever the owner. */
    String unowned(TypeTable asset, String alias) {
        StringBuilder sql = new StringBuilder();
        for (LinkTable l : s.tables().linksTo(Set.of(asset.type()))) {
            sql.append(" AND NOT EXISTS (SELECT 1 FROM ").append(l.table()).append(" k WHERE ")
                    .append(l.sameTenantAs("k", asset, alias)).append(" AND k.").append(l.asset()).append(" = ")
                    .append(alias).append(".").append(asset.id()).append(")");
        }
        return sql.toString();
    }

    /** No child below the asset {@code x} of the bound tenant. */
    String noChildren(TypeTable asset) {
        return noChildren(asset, false);
    }

    /**
     * No child below the asset {@code x}; in the bound tenant, or with {@code sameTenantAsRow} in the tenant
     * of the row {@code x} itself.
     */
    String noChildren(TypeTable asset, boolean sameTenantAsRow) {
        StringBuilder sql = new StringBuilder();
        List<TypeTable> children = new ArrayList<>(s.tables().childrenOf(asset.type()));
        if (asset.selfNesting()) {
            children.add(asset);
        }
        for (TypeTable child : children) {
            String tenant = sameTenantAsRow ? child.sameTenantAs("c", asset, "x") : child.tenantIs("c");
            sql.append(" AND NOT EXISTS (SELECT 1 FROM ").append(child.table()).append(" c WHERE ").append(tenant)
                    .append(" AND c.").append(child.parent()).append(" = x.").append(asset.id()).append(")");
        }
        return sql.toString();
    }
}
