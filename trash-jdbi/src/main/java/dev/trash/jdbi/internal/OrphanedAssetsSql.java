package dev.trash.jdbi.internal;

import dev.trash.ItemRef;
import dev.trash.PurgedItem;
import dev.trash.TrashItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sweep's removal of watched assets whose last owner is gone. The rows are locked first, in key order,
 * so a concurrent link to a new owner either waits for the removal or is seen by it; each removal checks
 * again, on the locked row, that the asset is still active, unreferenced and childless. At most
 * {@code limit} assets per call.
 */
final class OrphanedAssetsSql {

    private final Session s;
    private final ExclusiveAssets assets;

    OrphanedAssetsSql(Session session) {
        this.s = session;
        this.assets = new ExclusiveAssets(session);
    }

    List<TrashItem> lock(int limit) {
        List<TrashItem> orphans = new ArrayList<>();
        for (String assetType : watchedTypes()) {
            if (orphans.size() >= limit) {
                break;
            }
            TypeTable a = s.tables().of(assetType);
            forgetGoneOrTrashed(a);
            orphans.addAll(lockOrphans(a, limit - orphans.size()));
        }
        return orphans;
    }

    Optional<PurgedItem> purge(String tenant, ItemRef asset, long entryId) {
        TypeTable a = s.tables().of(asset.type());
        Optional<Long> size = KeyParams.bind(KeyParams.bind(s.handle().createQuery("SELECT " + a.sizeOf("x") + " FROM "
                        + a.table() + " x WHERE " + a.tenantIs("x") + " AND " + a.idIs("x", "id") + " AND x." + a.marker()
                        + " IS NULL" + assets.unowned(a, "x") + assets.noChildren(a) + s.dialect().forUpdate()),
                        "tenant", tenant), "id", asset.id()).mapTo(Long.class).findOne();
        new AssetWatch(s).forget(tenant, asset);
        if (size.isEmpty()) {
            return Optional.empty();
        }
        PurgedItem tombstone = new PurgedItem(tenant, entryId, asset, size.get(), true);
        s.handle().createUpdate("INSERT INTO trash_tombstone (tenant, entry_id, item_type, item_id, size_bytes, is_asset)"
                        + " VALUES (:tenant, :entry, :type, :id, :size, :asset)")
                .bind("tenant", tenant).bind("entry", entryId).bind("type", a.type())
                .bind("id", asset.id()).bind("size", tombstone.sizeBytes()).bind("asset", true).execute();
        PurgeFailures.translate(asset, null, entryId, () -> KeyParams.bind(KeyParams.bind(s.handle().createUpdate("DELETE FROM "
                        + a.table() + " WHERE " + a.tenantIs(null) + " AND " + a.id() + " = " + a.idKey().param("id")),
                        "tenant", tenant), "id", asset.id()).execute());
        return Optional.of(tombstone);
    }

    private List<String> watchedTypes() {
        return s.tables().links().stream().map(LinkTable::assetType).distinct().sorted().toList();
    }

    private void forgetGoneOrTrashed(TypeTable a) {
        s.handle().createUpdate("DELETE FROM trash_asset_watch WHERE asset_type = :type AND NOT EXISTS (SELECT 1 FROM "
                        + a.table() + " x WHERE " + a.tenantMatches("x", key -> key.fromText("trash_asset_watch.tenant"))
                        + " AND x." + a.id() + " = " + a.idKey().fromText("trash_asset_watch.asset_id") + " AND x."
                        + a.marker() + " IS NULL)")
                .bind("type", a.type()).execute();
    }

    private List<TrashItem> lockOrphans(TypeTable a, int limit) {
        String noChildren = assets.noChildren(a, true);
        return s.handle().createQuery("SELECT w.tenant AS watch_tenant, " + a.itemColumns("x") + " FROM "
                        + "trash_asset_watch w JOIN " + a.table() + " x ON " + a.tenantMatches("x", key -> key.fromText("w.tenant"))
                        + " AND x." + a.id() + " = " + a.idKey().fromText("w.asset_id")
                        + " WHERE w.asset_type = :type AND x." + a.marker() + " IS NULL"
                        + assets.unowned(a, "x") + noChildren + " ORDER BY w.tenant, w.asset_id LIMIT :limit"
                        + s.dialect().forUpdate())
                .bind("type", a.type()).bind("limit", limit)
                .map((rs, ctx) -> Rows.item(rs.getString("watch_tenant"), a).map(rs, ctx))
                .list();
    }
}
