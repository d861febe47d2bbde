package dev.trash.jdbi.internal;

import dev.trash.TrashEntry;
import dev.trash.spi.PurgeTotals;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Removes a purged entry's rows with a fixed number of statements per type: tombstones are copied with
 * INSERT ... SELECT, links and rows go with set DELETEs, children before parents so a host's foreign keys
 * hold at every step. The tombstones double as the work list, so the totals come from one aggregate.
 */
final class PurgeSql {

    private final Session s;
    private final ExclusiveAssets assets;

    PurgeSql(Session session) {
        this.s = session;
        this.assets = new ExclusiveAssets(session);
    }

    PurgeTotals purgeSubtree(String tenant, TrashEntry entry) {
        List<TypeTable> parentsFirst = s.tables().subtree(entry.root().type());
        Set<String> types = parentsFirst.stream().map(TypeTable::type).collect(Collectors.toSet());
        for (TypeTable t : parentsFirst) {
            tombstoneMarked(t, tenant, entry.id());
        }
        if (entry.deleteExclusiveAssets()) {
            assets.tombstoneOrphans(types, tenant, entry.id());
        }
        for (LinkTable l : s.tables().linksOwnedBy(types)) {
            deleteLinks(l, l.owner(), s.tables().of(l.ownerType()), tenant, entry.id());
        }
        for (LinkTable l : s.tables().linksTo(types)) {
            deleteLinks(l, l.asset(), s.tables().of(l.assetType()), tenant, entry.id());
        }
        List<TypeTable> childrenFirst = new ArrayList<>(parentsFirst);
        Collections.reverse(childrenFirst);
        for (TypeTable t : childrenFirst) {
            s.handle().createUpdate("DELETE FROM " + t.table() + " WHERE " + t.tenant() + " = :tenant AND "
                            + t.marker() + " = :entry")
                    .bind("tenant", tenant).bind("entry", entry.id()).execute();
        }
        if (entry.deleteExclusiveAssets()) {
            assets.deleteTombstoned(types, tenant, entry.id());
        }
        return totals(tenant, entry.id());
    }

    private void tombstoneMarked(TypeTable t, String tenant, long entryId) {
        s.handle().createUpdate("INSERT INTO trash_tombstone (tenant, entry_id, item_type, item_id, size_bytes, is_asset)"
                        + " SELECT :tenant, :entry, :type, x." + t.id() + ", x." + t.size() + ", :asset FROM "
                        + t.table() + " x WHERE x." + t.tenant() + " = :tenant AND x." + t.marker() + " = :entry")
                .bind("tenant", tenant).bind("entry", entryId).bind("type", t.type()).bind("asset", false).execute();
    }

    private void deleteLinks(LinkTable l, String column, TypeTable side, String tenant, long entryId) {
        s.handle().createUpdate("DELETE FROM " + l.table() + " WHERE " + l.tenant() + " = :tenant AND " + column
                        + " IN (" + SubtreeSql.markedIds(side, "m") + ")")
                .bind("tenant", tenant).bind("entry", entryId).execute();
    }

    private PurgeTotals totals(String tenant, long entryId) {
        long[] t = new long[4];
        s.handle().createQuery("SELECT is_asset, COUNT(*) AS n, COALESCE(SUM(size_bytes), 0) AS b FROM trash_tombstone"
                        + " WHERE tenant = :tenant AND entry_id = :entry GROUP BY is_asset")
                .bind("tenant", tenant).bind("entry", entryId)
                .map((rs, ctx) -> new long[] {rs.getBoolean("is_asset") ? 2 : 0, rs.getLong("n"), rs.getLong("b")})
                .forEach(row -> {
                    t[(int) row[0]] = row[1];
                    t[(int) row[0] + 1] = row[2];
                });
        return new PurgeTotals(t[0], t[1], t[2], t[3]);
    }
}
