package dev.trash.jdbi.internal;

import dev.trash.ItemRef;
import dev.trash.PurgedItem;
import dev.trash.TrashItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

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

    /** Removes one asset if it is still an orphan: {@link #purgeAll} for a list of one. */
    Optional<PurgedItem> purge(String tenant, ItemRef asset, long entryId) {
        TypeTable a = s.tables().of(asset.type());
        return Optional.ofNullable(purgeGroup(a, tenant, List.of(asset), List.of(entryId)).get(canonical(a, asset.id())));
    }

    /**
     * {@link #purge} for several assets, each under the entry id at its position: per asset type and tenant one
     * locking re-check, one DELETE of the watch records, one JDBC batch of tombstones and one DELETE of the
     * rows, whatever the number of assets.
     */
    List<Optional<PurgedItem>> purgeAll(List<TrashItem> assets, List<Long> entryIds) {
        PurgedItem[] removed = new PurgedItem[assets.size()];
        Map<List<String>, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < assets.size(); i++) {
            groups.computeIfAbsent(List.of(assets.get(i).ref().type(), assets.get(i).tenant()), k -> new ArrayList<>())
                    .add(i);
        }
        groups.forEach((typeAndTenant, at) -> {
            TypeTable a = s.tables().of(typeAndTenant.get(0));
            List<ItemRef> group = at.stream().map(i -> assets.get(i).ref()).toList();
            Map<String, PurgedItem> gone = purgeGroup(a, typeAndTenant.get(1), group,
                    at.stream().map(entryIds::get).toList());
            for (int k = 0; k < at.size(); k++) {
                removed[at.get(k)] = gone.get(canonical(a, group.get(k).id()));
            }
        });
        return Arrays.stream(removed).map(Optional::ofNullable).toList();
    }

    /** Removes the assets of one type and tenant that are still orphans; their tombstones by canonical id. */
    private Map<String, PurgedItem> purgeGroup(TypeTable a, String tenant, List<ItemRef> group, List<Long> entryIds) {
        List<String> ids = group.stream().map(asset -> canonical(a, asset.id())).toList();
        Map<String, Long> sizes = new HashMap<>();
        bindIds(KeyParams.bind(s.handle().createQuery("SELECT " + a.idKey().toText("x." + a.id()) + " AS item_id, "
                        + a.sizeOf("x") + " AS size FROM " + a.table() + " x WHERE " + a.tenantIs("x") + " AND "
                        + idAmong(a, "x.", ids.size()) + " AND x." + a.marker() + " IS NULL" + assets.unowned(a, "x")
                        + assets.noChildren(a) + s.dialect().forUpdate()), "tenant", tenant), ids)
                .map((rs, ctx) -> Map.entry(rs.getString("item_id"), rs.getLong("size")))
                .forEach(e -> sizes.put(e.getKey(), e.getValue()));
        if (new AssetWatch(s).watches(a.type())) {
            InList.bind(s.handle().createUpdate("DELETE FROM trash_asset_watch WHERE asset_type = :type AND tenant = "
                            + ":tenant AND asset_id IN (" + InList.params("watched", ids.size()) + ")"), "watched", ids)
                    .bind("type", a.type()).bind("tenant", tenant).execute();
        }
        Map<String, PurgedItem> gone = new LinkedHashMap<>();
        for (int k = 0; k < ids.size(); k++) {
            Long size = sizes.get(ids.get(k));
            if (size != null && !gone.containsKey(ids.get(k))) {
                gone.put(ids.get(k), new PurgedItem(tenant, entryIds.get(k), group.get(k), size, true));
            }
        }
        if (gone.isEmpty()) {
            return gone;
        }
        PreparedBatch tombstones = s.handle().prepareBatch("INSERT INTO trash_tombstone (tenant, entry_id, item_type, "
                + "item_id, size_bytes, is_asset) VALUES (:tenant, :entry, :type, :id, :size, :asset)");
        gone.values().forEach(t -> tombstones.bind("tenant", tenant).bind("entry", t.entryId()).bind("type", a.type())
                .bind("id", t.ref().id()).bind("size", t.sizeBytes()).bind("asset", true).add());
        tombstones.execute();
        List<String> doomed = List.copyOf(gone.keySet());
        PurgedItem first = gone.values().iterator().next();
        PurgeFailures.translate(first.ref(), null, first.entryId(), () -> bindIds(KeyParams.bind(s.handle()
                        .createUpdate("DELETE FROM " + a.table() + " WHERE " + a.tenantIs(null) + " AND "
                                + idAmong(a, "", doomed.size())), "tenant", tenant), doomed).execute());
        return gone;
    }

    /** "The id is one of {@code :id0 ...}", each bound in the column's type by {@link #bindIds}. */
    private static String idAmong(TypeTable a, String prefix, int count) {
        StringJoiner params = new StringJoiner(", ", prefix + a.id() + " IN (", ")");
        for (int i = 0; i < count; i++) {
            params.add(a.idKey().param("id" + i));
        }
        return params.toString();
    }

    private static <S extends SqlStatement<S>> S bindIds(S statement, List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            KeyParams.bind(statement, "id" + i, ids.get(i));
        }
        return statement;
    }

    private static String canonical(TypeTable a, String id) {
        return a.idKey().canonical(id).orElse(id);
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
