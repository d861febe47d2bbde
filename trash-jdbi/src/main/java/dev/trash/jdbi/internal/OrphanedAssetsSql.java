package dev.trash.jdbi.internal;

import dev.trash.ItemRef;
import dev.trash.PurgedItem;
import java.util.ArrayList;
import java.util.List;

/**
 * The sweep's removal of watched assets whose last owner is gone. The rows are locked first, in key order,
 * so a concurrent link to a new owner either waits for the removal or is seen by it. At most {@code limit}
 * assets per call: a bounded list of ids, then one statement per asset type for each step.
 */
final class OrphanedAssetsSql {

    private final Session s;
    private final ExclusiveAssets assets;

    OrphanedAssetsSql(Session session) {
        this.s = session;
        this.assets = new ExclusiveAssets(session);
    }

    List<PurgedItem> purge(int limit) {
        List<PurgedItem> purged = new ArrayList<>();
        for (String assetType : watchedTypes()) {
            if (purged.size() >= limit) {
                break;
            }
            TypeTable a = s.tables().of(assetType);
            forgetGoneOrTrashed(a);
            List<PurgedItem> orphans = lockOrphans(a, limit - purged.size());
            for (PurgedItem orphan : orphans) {
                remove(a, orphan);
            }
            purged.addAll(orphans);
        }
        return purged;
    }

    private List<String> watchedTypes() {
        return s.tables().links().stream().map(LinkTable::assetType).distinct().sorted().toList();
    }

    private void forgetGoneOrTrashed(TypeTable a) {
        s.handle().createUpdate("DELETE FROM trash_asset_watch WHERE asset_type = :type AND NOT EXISTS (SELECT 1 FROM "
                        + a.table() + " x WHERE x." + a.tenant() + " = trash_asset_watch.tenant AND x." + a.id()
                        + " = trash_asset_watch.asset_id AND x." + a.marker() + " IS NULL)")
                .bind("type", a.type()).execute();
    }

    private List<PurgedItem> lockOrphans(TypeTable a, int limit) {
        String noChildren = assets.noChildren(a).replace(":tenant", "x." + a.tenant());
        return s.handle().createQuery("SELECT w.tenant, w.asset_id, w.entry_id, x." + a.size() + " AS size FROM "
                        + "trash_asset_watch w JOIN " + a.table() + " x ON x." + a.tenant() + " = w.tenant AND x."
                        + a.id() + " = w.asset_id WHERE w.asset_type = :type AND x." + a.marker() + " IS NULL"
                        + assets.unowned(a, "x") + noChildren + " ORDER BY w.tenant, w.asset_id LIMIT :limit"
                        + s.dialect().forUpdate())
                .bind("type", a.type()).bind("limit", limit)
                .map((rs, ctx) -> new PurgedItem(rs.getString("tenant"), rs.getLong("entry_id"),
                        ItemRef.of(a.type(), rs.getString("asset_id")), rs.getLong("size"), true))
                .list();
    }

    private void remove(TypeTable a, PurgedItem orphan) {
        s.handle().createUpdate("INSERT INTO trash_tombstone (tenant, entry_id, item_type, item_id, size_bytes, is_asset)"
                        + " VALUES (:tenant, :entry, :type, :id, :size, :asset)")
                .bind("tenant", orphan.tenant()).bind("entry", orphan.entryId()).bind("type", a.type())
                .bind("id", orphan.ref().id()).bind("size", orphan.sizeBytes()).bind("asset", true).execute();
        s.handle().createUpdate("DELETE FROM " + a.table() + " WHERE " + a.tenant() + " = :tenant AND " + a.id()
                        + " = :id")
                .bind("tenant", orphan.tenant()).bind("id", orphan.ref().id()).execute();
        s.handle().createUpdate("DELETE FROM trash_asset_watch WHERE asset_type = :type AND tenant = :tenant AND "
                        + "asset_id = :id")
                .bind("type", a.type()).bind("tenant", orphan.tenant()).bind("id", orphan.ref().id()).execute();
    }
}
