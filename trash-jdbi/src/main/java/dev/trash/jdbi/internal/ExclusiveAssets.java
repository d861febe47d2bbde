package dev.trash.jdbi.internal;

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
            long locked = s.handle().createQuery("SELECT x." + a.id() + " FROM " + a.table() + " x WHERE x."
                            + a.tenant() + " = :tenant AND x." + a.id() + " IN (" + candidates + ") ORDER BY x." + a.id()
                            + s.dialect().forUpdate())
                    .bind("tenant", tenant).bind("entry", entryId).mapTo(String.class).stream().count();
            if (locked == 0) {
                continue;
            }
            s.handle().createUpdate("INSERT INTO trash_tombstone (tenant, entry_id, item_type, item_id, size_bytes, "
                            + "is_asset) SELECT :tenant, :entry, :type, x." + a.id() + ", x." + a.size() + ", :asset FROM "
                            + a.table() + " x WHERE x." + a.tenant() + " = :tenant AND x." + a.marker() + " IS NULL AND x."
                            + a.id() + " IN (" + candidates + ")" + noOtherOwner(a, purgedTypes) + noChildren(a))
                    .bind("tenant", tenant).bind("entry", entryId).bind("type", a.type()).bind("asset", true).execute();
            watchKept(a, candidates, tenant, entryId);
        }
    }

    /** The active candidates kept because still shared: a later sweep removes them once unowned. */
    private void watchKept(TypeTable a, String candidates, String tenant, long entryId) {
        s.handle().createUpdate("INSERT INTO trash_asset_watch (tenant, asset_type, asset_id, entry_id) SELECT :tenant, "
                        + ":type, x." + a.id() + ", :entry FROM " + a.table() + " x WHERE x." + a.tenant()
                        + " = :tenant AND x." + a.marker() + " IS NULL AND x." + a.id() + " IN (" + candidates + ")"
                        + " AND NOT EXISTS (SELECT 1 FROM trash_tombstone t WHERE t.tenant = :tenant AND t.entry_id = "
                        + ":entry AND t.item_type = :type AND t.item_id = x." + a.id() + ")"
                        + " AND NOT EXISTS (SELECT 1 FROM trash_asset_watch w WHERE w.asset_type = :type AND w.tenant = "
                        + ":tenant AND w.asset_id = x." + a.id() + ")")
                .bind("tenant", tenant).bind("entry", entryId).bind("type", a.type()).execute();
    }

    /** Deletes the assets tombstoned above; their last links went with their purged owners. */
    void deleteTombstoned(Set<String> purgedTypes, String tenant, long entryId) {
        for (String assetType : assetTypes(purgedTypes)) {
            TypeTable a = s.tables().of(assetType);
            s.handle().createUpdate("DELETE FROM " + a.table() + " WHERE " + a.tenant() + " = :tenant AND " + a.id()
                            + " IN (SELECT item_id FROM trash_tombstone WHERE tenant = :tenant AND entry_id = :entry AND "
                            + "item_type = :type AND is_asset = :asset)")
                    .bind("tenant", tenant).bind("entry", entryId).bind("type", a.type()).bind("asset", true).execute();
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
                union.add("SELECT l." + l.asset() + " AS id FROM " + l.table() + " l WHERE l." + l.tenant()
                        + " = :tenant AND l." + l.owner() + " IN (" + SubtreeSql.markedIds(owner, "o") + ")");
            }
        }
        return union.toString();
    }

    /** No link from an owner outside the purge, in any link table pointing at this asset type. */
    private String noOtherOwner(TypeTable asset, Set<String> purgedTypes) {
        StringBuilder sql = new StringBuilder();
        for (LinkTable l : s.tables().linksTo(Set.of(asset.type()))) {
            sql.append(" AND NOT EXISTS (SELECT 1 FROM ").append(l.table()).append(" k WHERE k.").append(l.tenant())
                    .append(" = :tenant AND k.").append(l.asset()).append(" = x.").append(asset.id());
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
            sql.append(" AND NOT EXISTS (SELECT 1 FROM ").append(l.table()).append(" k WHERE k.").append(l.tenant())
                    .append(" = ").append(alias).append(".").append(asset.tenant()).append(" AND k.")
                    .append(l.asset()).append(" = ").append(alias).append(".").append(asset.id()).append(")");
        }
        return sql.toString();
    }

    String noChildren(TypeTable asset) {
        StringBuilder sql = new StringBuilder();
        for (TypeTable child : s.tables().childrenOf(asset.type())) {
            sql.append(" AND NOT EXISTS (SELECT 1 FROM ").append(child.table()).append(" c WHERE c.")
                    .append(child.tenant()).append(" = :tenant AND c.").append(child.parent()).append(" = x.")
                    .append(asset.id()).append(")");
        }
        if (asset.selfNesting()) {
            sql.append(" AND NOT EXISTS (SELECT 1 FROM ").append(asset.table()).append(" c WHERE c.")
                    .append(asset.tenant()).append(" = :tenant AND c.").append(asset.parent()).append(" = x.")
                    .append(asset.id()).append(")");
        }
        return sql.toString();
    }
}
